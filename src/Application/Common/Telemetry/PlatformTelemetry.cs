using System.Diagnostics;
using System.Diagnostics.Metrics;
using Platform.Application.Common.Results;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Application.Common.Telemetry;

/// <summary>
/// The application's own spans and metrics (the composition root subscribes to <see cref="SourceName"/> and
/// <see cref="MeterName"/>). Attributes name companies, use cases and outcomes; never tokens, userNames, emails or bodies.
/// </summary>
public static class PlatformTelemetry
{
    public const string SourceName = "Platform";
    public const string MeterName = "Platform";

    public const string CompanyIdAttribute = "platform.company.id";
    public const string OutcomeAttribute = "platform.outcome";
    public const string OperationAttribute = "platform.operation";
    public const string ReasonAttribute = "platform.reason";

    public const string Success = "success";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> ScimOperations = Meter.CreateCounter<long>(
        "platform.scim.operations",
        unit: "{operation}",
        description: "Directory changes an identity provider asked for over SCIM, by kind and outcome.");

    private static readonly Counter<long> ScimAuthenticationFailures = Meter.CreateCounter<long>(
        "platform.scim.authentication.failures",
        unit: "{request}",
        description: "SCIM requests refused because of their credentials, by reason.");

    // Allocation-free outcome names: one string per ErrorType, in declaration order.
    private static readonly string[] ErrorOutcomes = [.. Enum.GetValues<ErrorType>().Select(SnakeCase)];

    private static readonly string[] OperationNames = [.. Enum.GetValues<DirectoryOperationKind>().Select(SnakeCase)];

    /// <summary>"success", or the first error's type ("not_found", "conflict", ...).</summary>
    public static string OutcomeOf(IUseCaseResult result) =>
        result.IsSuccess ? Success : ErrorOutcomes[(int)result.Errors[0].Type];

    /// <summary>Counts a directory change when an identity provider (not an admin or the CLI) asked for it.</summary>
    public static void RecordDirectoryOperation(IDirectoryOperation operation, string outcome)
    {
        if (operation.Actor.Kind != ActorKind.Integration || !ScimOperations.Enabled) return;
        ScimOperations.Add(
            1,
            new KeyValuePair<string, object?>(OperationAttribute, OperationNames[(int)operation.OperationKind]),
            new KeyValuePair<string, object?>(OutcomeAttribute, outcome),
            new KeyValuePair<string, object?>(CompanyIdAttribute, operation.CompanyId.ToString()));
    }

    /// <summary>A refused SCIM request; <paramref name="companyId"/> is null when the URL named no known company.</summary>
    public static void RecordScimAuthenticationFailure(string reason, CompanyId? companyId)
    {
        if (!ScimAuthenticationFailures.Enabled) return;
        ScimAuthenticationFailures.Add(
            1,
            new KeyValuePair<string, object?>(ReasonAttribute, reason),
            new KeyValuePair<string, object?>(CompanyIdAttribute, companyId?.ToString() ?? "unknown"));
    }

    private static string SnakeCase<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
