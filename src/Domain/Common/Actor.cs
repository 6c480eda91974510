namespace Platform.Domain.Common;

/// <summary>Who did something: an admin in the console, an identity provider over SCIM, or an operator at the CLI.</summary>
public sealed record Actor(ActorKind Kind, string Id, string DisplayName)
{
    public static readonly Actor System = new(ActorKind.System, "system", "Platform");

    public static Actor Operator(string name) => new(ActorKind.Operator, "cli", name);
}
