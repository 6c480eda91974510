namespace Platform.Application.Directory.Filtering;

public sealed record OrCondition(DirectoryFilter Left, DirectoryFilter Right) : DirectoryFilter;
