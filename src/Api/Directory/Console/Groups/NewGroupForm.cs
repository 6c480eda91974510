namespace Platform.Api.Directory.Console.Groups;

/// <summary>The create-a-group form as shown: the name typed so far and, after a refused POST, why.</summary>
/// <param name="Taken">When the name is taken: the group that has it, to open instead.</param>
public sealed record NewGroupForm(string? Name = null, string? Error = null, Application.Directory.Groups.GroupView? Taken = null);
