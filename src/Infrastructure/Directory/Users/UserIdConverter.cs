using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Directory.Users;

namespace Platform.Infrastructure.Directory.Users;

internal sealed class UserIdConverter() : ValueConverter<UserId, Guid>(id => id.Value, value => new UserId(value));
