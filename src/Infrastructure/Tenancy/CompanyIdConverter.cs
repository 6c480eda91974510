using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Tenancy;

internal sealed class CompanyIdConverter() : ValueConverter<CompanyId, Guid>(id => id.Value, value => new CompanyId(value));
