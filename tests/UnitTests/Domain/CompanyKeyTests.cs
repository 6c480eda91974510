using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Domain;

public sealed class CompanyKeyTests
{
    [Theory]
    [InlineData("acme")]
    [InlineData("acme-corp")]
    [InlineData("a1-b2-c3")]
    public void IsValid_UrlSafeKey_IsTrue(string key) => Assert.True(CompanyKey.IsValid(key));

    [Theory]
    [InlineData("acme_corp")]
    [InlineData("Acme")]
    [InlineData("ac")]
    [InlineData("-acme")]
    [InlineData("acme-")]
    [InlineData("ac--me")]
    [InlineData("acme corp")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_KeyOktaOrUrlsWouldReject_IsFalse(string? key) => Assert.False(CompanyKey.IsValid(key));

    [Theory]
    [InlineData("Acme Corp, Inc.", "acme-corp-inc")]
    [InlineData("snake_case_name", "snake-case-name")]
    [InlineData("Ünïcode Ltd", "n-code-ltd")]
    [InlineData("X", "x-co")]
    [InlineData("!!!", "company")]
    public void FromName_AnyName_GivesAValidKey(string name, string expected)
    {
        var key = CompanyKey.FromName(name);

        Assert.Equal(expected, key.Value);
        Assert.True(CompanyKey.IsValid(key.Value));
    }

    [Fact]
    public void WithSuffix_OnALongKey_StaysWithinTheLimit()
    {
        var key = CompanyKey.FromName(new string('a', 60)).WithSuffix("12");

        Assert.True(key.Value.Length <= CompanyKey.MaxLength);
        Assert.EndsWith("-12", key.Value);
    }
}
