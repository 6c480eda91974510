namespace Platform.Api.Directory.Console;

// The directory's read model, not the admin API's record of the same name in Platform.Api.Directory.
using UserSummary = Platform.Application.Directory.Users.UserSummary;

/// <summary>A table of people (People, a group's members): name linking to the person, userName, status, last change.</summary>
public sealed record PeopleTable(string Id, string Caption, IReadOnlyList<UserSummary> People, DateTimeOffset Now);
