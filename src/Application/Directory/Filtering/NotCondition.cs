namespace Platform.Application.Directory.Filtering;

/// <summary>The complement of <see cref="Operand"/>: every resource it does not select, those without the attribute included.</summary>
public sealed record NotCondition(DirectoryFilter Operand) : DirectoryFilter;
