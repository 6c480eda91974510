using Platform.Application.Integrations;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Integrations;

namespace Platform.UnitTests.Infrastructure;

public sealed class ScimAuthenticationFailureLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Recent_UnknownCompany_IsEmpty() =>
        Assert.Empty(new ScimAuthenticationFailureLog().Recent(new CompanyId(Guid.NewGuid()), 10));

    [Fact]
    public void Recent_AfterMoreThanCapacity_KeepsTheNewestFirst()
    {
        var log = new ScimAuthenticationFailureLog();
        var company = new CompanyId(Guid.NewGuid());
        for (var i = 0; i < ScimAuthenticationFailureLog.Capacity + 5; i++)
        {
            log.Record(company, i % 2 == 0 ? ScimAuthenticationFailureReason.WrongToken : ScimAuthenticationFailureReason.MissingToken, Start.AddSeconds(i));
        }

        var all = log.Recent(company, 100);

        Assert.Equal(ScimAuthenticationFailureLog.Capacity, all.Count);
        Assert.Equal(Start.AddSeconds(ScimAuthenticationFailureLog.Capacity + 4), all[0].At);
        Assert.Equal(Start.AddSeconds(5), all[^1].At);
        Assert.Equal(all.OrderByDescending(f => f.At), all);
        Assert.Equal(3, log.Recent(company, 3).Count);
    }

    [Fact]
    public void Record_KeepsCompaniesApart()
    {
        var log = new ScimAuthenticationFailureLog();
        var first = new CompanyId(Guid.NewGuid());
        var second = new CompanyId(Guid.NewGuid());

        log.Record(first, ScimAuthenticationFailureReason.MissingToken, Start);

        Assert.Single(log.Recent(first, 10));
        Assert.Empty(log.Recent(second, 10));
    }
}
