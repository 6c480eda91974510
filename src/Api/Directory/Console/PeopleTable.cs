using Platform.Application.Directory.Users;

namespace Platform.Api.Directory.Console;

/// <summary>A table of people (People, a group's members): name linking to the person, userName, status, last change.</summary>
public sealed record PeopleTable(string Id, string Caption, IReadOnlyList<UserListItem> People, DateTimeOffset Now);
