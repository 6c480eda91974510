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
        var spec = new UsersMatchingFilterSpec(query.CompanyId, query.Filter, query.Skip, Math.Max(query.Take, 1));
        var total = await users.CountAsync(spec, ct);
        var page = query.Take == 0 || query.Skip >= total ? [] : await users.ListAsync(spec, ct);
        return new UserPage(await UserGroups.AttachAsync(reads, query.CompanyId, page, ct), total);
    }
}
