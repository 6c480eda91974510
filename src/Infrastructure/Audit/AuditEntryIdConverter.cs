using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Audit;

namespace Platform.Infrastructure.Audit;

internal sealed class AuditEntryIdConverter() : ValueConverter<AuditEntryId, Guid>(id => id.Value, value => new AuditEntryId(value));
