namespace Platform.Api.Common;

/// <summary>The server's rate budgets; each is configured under <c>RateLimiting:{kind}</c> (docs/operations.md).</summary>
public enum RateBudgetKind
{
    /// <summary>Authenticated SCIM requests, per company; shared by the replicas.</summary>
    Scim,

    /// <summary>SCIM requests refused for their token, per company; shared by the replicas. Over it: 429 instead of 401.</summary>
    ScimWrongTokenPerCompany,

    /// <summary>SCIM requests refused for their token, per client address; over it, the address is refused before its token is checked.</summary>
    ScimWrongTokenPerAddress,

    /// <summary>Failed console and admin API sign-ins, per client address; over it, the address is refused before the password is checked.</summary>
    SignInPerAddress,

    /// <summary>Reads of the events API, per company; shared by the replicas.</summary>
    Events,

    /// <summary>Events API requests refused for their key, per client address; over it: 429 instead of 401.</summary>
    ApiKeyWrongPerAddress,
}
