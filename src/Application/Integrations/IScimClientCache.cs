namespace Platform.Application.Integrations;

/// <summary>
/// Tokens this server has verified lately, so that a SCIM request costs no database round trip to authenticate.
/// It only ever answers "this token was valid for this company"; a token it does not know is checked against the
/// database. A token reset (or any change to a company's integrations) empties it: at once in the process that made
/// the change, when the change commits, and in every other replica as soon as the database tells it.
/// </summary>
public interface IScimClientCache
{
    /// <summary>
    /// Read before checking a token against the database and handed back to <see cref="Remember"/>: a change that
    /// happens in between makes <see cref="Remember"/> a no-op, so a token read just before its reset is never kept.
    /// </summary>
    long Generation { get; }

    bool TryGet(string companyKey, ReadOnlySpan<byte> presentedHash, out ScimClient client);

    void Remember(string companyKey, ReadOnlySpan<byte> presentedHash, ScimClient client, long generation);
}
