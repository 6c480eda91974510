using Mapster;
using Mapster.Models;
using MapsterMapper;
using Platform.Application.Audit;
using Platform.Application.Common.Mapping;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Application.Integrations;
using Platform.Application.Tenancy;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Application.Common.Mapping;

public sealed class ApplicationMappingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Okta = new(ActorKind.Integration, "okta-1", "Okta");
    private static readonly Mapper Mapper = new(ApplicationMappings.Config);

    public static TheoryData<Type, Type> DomainToView => new()
    {
        { typeof(User), typeof(UserView) },
        { typeof(User), typeof(UserListItem) },
        { typeof(Group), typeof(GroupView) },
        { typeof(Integration), typeof(IntegrationView) },
        { typeof(Company), typeof(CompanyView) },
        { typeof(Account), typeof(AccountView) },
        { typeof(AuditEntry), typeof(AuditEntryView) },
    };

    [Fact]
    public void Create_EveryRegisteredMapping_CompilesForMappingAndProjection()
    {
        var config = ApplicationMappings.Create();

        // Compile checks every rule; with RequireDestinationMemberSource a view member that nothing fills is an error.
        Assert.True(config.RequireDestinationMemberSource);
        config.Compile();
        config.CompileProjection();
    }

    [Theory]
    [MemberData(nameof(DomainToView))]
    public void Create_DomainToView_IsRegistered(Type source, Type destination) =>
        Assert.True(ApplicationMappings.Create().RuleMap.ContainsKey(new TypeTuple(source, destination)), $"{source.Name} → {destination.Name} is not registered.");

    [Fact]
    public void Map_User_IsTheViewReadersSee()
    {
        var user = User.Create(CompanyId.New(), new UserProfile("ada@example.com", DisplayName: "Ada"), Okta, Now);

        var view = Mapper.Map<UserView>(user);

        Assert.Equal(new UserView(user.Id.ToString(), user.Profile, Now, Now, 0), view);
        Assert.Empty(view.Groups);
        Assert.Equal(view, ApplicationMappings.Projection<User, UserView>().Compile()(user));
        Assert.Equal(new UserListItem(user.Id.ToString(), "ada@example.com", "Ada", true, Now), ApplicationMappings.Projection<User, UserListItem>().Compile()(user));
    }

    [Fact]
    public void Map_Group_IsTheViewReadersSee()
    {
        var group = Group.Create(CompanyId.New(), new GroupProfile("Engineering", "00g1okta"), Okta, Now);

        var view = Mapper.Map<GroupView>(group);

        Assert.Equal(new GroupView(group.Id.ToString(), group.Profile, Now, Now, group.Version), view);
        Assert.Equal(view, ApplicationMappings.Projection<Group, GroupView>().Compile()(group));
    }

    [Fact]
    public void Map_Company_IsTheViewReadersSee()
    {
        var company = Company.Create(CompanyKey.Parse("acme"), "Acme", Now);

        Assert.Equal(new CompanyView(company.Id.Value, "acme", "Acme", Now), Mapper.Map<CompanyView>(company));
    }

    [Fact]
    public void Projection_AuditEntry_IsTheViewTheActivityPageLists()
    {
        IReadOnlyList<AttributeChange> changes = [new("title", "Analyst", "Lead")];
        var entry = AuditEntry.Record(CompanyId.New(), Okta, "user.updated", "user", "u-1", "Updated ada", changes, "4bf92f3577b34da6a3ce929d0e0e4736", Now);

        var view = ApplicationMappings.Projection<AuditEntry, AuditEntryView>().Compile()(entry);

        Assert.Equal(new AuditEntryView(Now, ActorKind.Integration, "Okta", "user.updated", "user", "u-1", "Updated ada", view.Changes, "4bf92f3577b34da6a3ce929d0e0e4736"), view);
        Assert.Equal(changes, view.Changes);
    }

    [Fact]
    public void Projection_AuditEntryWithoutChanges_HasAnEmptyListOfChanges()
    {
        var entry = AuditEntry.Record(CompanyId.New(), Okta, "user.created", "user", "u-1", "Created ada", null, null, Now);

        var view = ApplicationMappings.Projection<AuditEntry, AuditEntryView>().Compile()(entry);

        Assert.Empty(view.Changes);
        Assert.Null(view.RequestId);
    }
}
