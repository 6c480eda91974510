namespace Platform.Application.Directory.Filtering;

public sealed record AndCondition(DirectoryFilter Left, DirectoryFilter Right) : DirectoryFilter;
