using FluentValidation;
using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

/// <summary>Finds users for people to read (the console): by part of the name, by status, a page at a time.</summary>
/// <param name="Text">Part of the userName or the display name, in any case; null or blank matches everyone.</param>
/// <param name="Active">True for active users only, false for deactivated ones only, null for both.</param>
/// <param name="Take">Page size; 0 asks for the total only.</param>
public sealed record SearchUsersQuery(CompanyId CompanyId, string? Text, bool? Active, int Skip, int Take) : IQuery<Result<UserListItemPage>>, ITenantScoped;

public sealed class SearchUsersValidator : AbstractValidator<SearchUsersQuery>
{
    public SearchUsersValidator()
    {
        RuleFor(q => q.Text).MaximumLength(UserProfileValidator.MaxTextLength).WithoutNul();
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(0, ListUsersValidator.MaxPageSize);
    }
}

public sealed class SearchUsersHandler(IRepository<User> users) : IQueryHandler<SearchUsersQuery, Result<UserListItemPage>>
{
    public async ValueTask<Result<UserListItemPage>> Handle(SearchUsersQuery query, CancellationToken ct)
    {
        var spec = new UsersMatchingSearchSpec(query.CompanyId, query.Text, query.Active, query.Skip, Math.Max(query.Take, 1));
        var total = await users.CountAsync(spec, ct);
        var page = query.Take == 0 || query.Skip >= total ? [] : await users.ListAsync(spec, ct);
        return new UserListItemPage(page, total);
    }
}
