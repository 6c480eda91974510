using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Tenancy;

internal sealed class CompanyKeyConverter() : ValueConverter<CompanyKey, string>(key => key.Value, value => CompanyKey.Parse(value));
