using Platform.Application.Common.Messaging;
using Platform.Domain.Common;

namespace Platform.Application.Common.Telemetry;

/// <summary>
/// A command that changes the directory the way an identity provider does; the outermost behaviour counts it by
/// <see cref="OperationKind"/> and outcome when its <see cref="Actor"/> is an integration (a SCIM client).
/// </summary>
public interface IDirectoryOperation : ITenantScoped
{
    DirectoryOperationKind OperationKind { get; }

    Actor Actor { get; }
}
