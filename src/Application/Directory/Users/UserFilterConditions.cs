using Ardalis.Specification;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

internal static class UserFilterConditions
{
    public static void Apply(ISpecificationBuilder<User> query, CompanyId companyId, UserFilter filter)
    {
        query.Where(u => u.CompanyId == companyId).AsNoTracking();
        foreach (var condition in filter.Conditions) Where(query, condition);
    }

    private static void Where(ISpecificationBuilder<User> query, UserCondition condition)
    {
        var value = condition.Value;
        var normalized = User.Normalize(value);
        switch (condition.Field)
        {
            case UserFilterField.UserName:
                query.Where(u => u.NormalizedUserName == normalized);
                break;
            case UserFilterField.ExternalId:
                query.Where(u => u.ExternalId == value);
                break;
            case UserFilterField.Id:
                var id = UserId.TryParse(value, out var parsed) ? parsed : new UserId(Guid.Empty);
                query.Where(u => u.Id == id);
                break;
            case UserFilterField.DisplayName:
                query.Where(u => u.NormalizedDisplayName == normalized);
                break;
            case UserFilterField.Active:
                var active = bool.Parse(value);
                query.Where(u => u.Active == active);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(condition), condition.Field, "Unknown user filter field.");
        }
    }
}
