using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Integrations;

namespace Platform.Infrastructure.Integrations;

internal sealed class ScimRequestIdConverter() : ValueConverter<ScimRequestId, Guid>(id => id.Value, value => new ScimRequestId(value));
