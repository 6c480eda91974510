using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <param name="Skip">Users to pass over (SCIM's startIndex − 1).</param>
/// <param name="Take">Page size; 0 asks for the total only.</param>
public sealed record ListUsersQuery(CompanyId CompanyId, UserFilter Filter, int Skip, int Take) : IQuery<Result<UserPage>>, ITenantScoped;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public const int MaxPageSize = 1000;

    public ListUsersValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(0, MaxPageSize);
        RuleForEach(q => q.Filter.Conditions)
            .Must(c => c.Field != UserFilterField.Active || bool.TryParse(c.Value, out _))
            .WithErrorCode("directory.invalid_filter")
            .WithMessage("active can only be compared with true or false.")
            .OverridePropertyName("filter");
    }
}

public sealed class ListUsersHandler(IRepository<User> users, IMembershipReads reads) : IQueryHandler<ListUsersQuery, Result<UserPage>>
{
    public async ValueTask<Result<UserPage>> Handle(ListUsersQuery query, CancellationToken ct)
    {
        var total = await users.CountAsync(new UsersMatchingFilterSpec(query.CompanyId, query.Filter), ct);
        if (query.Take == 0 || query.Skip >= total) return new UserPage([], total);

        var ids = await users.ListAsync(new UserIdsPageSpec(query.CompanyId, query.Filter, query.Skip, query.Take), ct);
        var page = ids.Count == 0 ? [] : await users.ListAsync(new UsersWithIdsSpec(query.CompanyId, ids), ct);
        return new UserPage(await UserGroups.AttachAsync(reads, query.CompanyId, page, ct), total);
    }
}
