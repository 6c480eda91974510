namespace Platform.Application.Directory.Groups;

/// <summary>One step of a membership change, applied in order within one request. Ids are user ids as the client sent them.</summary>
public abstract record MembershipChange;

/// <summary>Adds members; adding one that is already there is not an error.</summary>
public sealed record AddMembers(IReadOnlyList<string> UserIds) : MembershipChange;

/// <summary>Removes exactly these members; removing one that is not there is not an error.</summary>
public sealed record RemoveMembers(IReadOnlyList<string> UserIds) : MembershipChange;

public sealed record RemoveAllMembers : MembershipChange;

/// <summary>Makes the membership exactly this set (an empty set empties the group).</summary>
public sealed record ReplaceMembers(IReadOnlyList<string> UserIds) : MembershipChange;
