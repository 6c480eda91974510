using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Events;

namespace Platform.Infrastructure.Events;

internal sealed class ApiKeyIdConverter() : ValueConverter<ApiKeyId, Guid>(id => id.Value, value => new ApiKeyId(value));
