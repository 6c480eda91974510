using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Tenancy;

internal sealed class AccountIdConverter() : ValueConverter<AccountId, Guid>(id => id.Value, value => new AccountId(value));
