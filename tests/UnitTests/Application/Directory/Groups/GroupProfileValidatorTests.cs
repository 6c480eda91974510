using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Groups;

namespace Platform.UnitTests.Application.Directory.Groups;

public sealed class GroupProfileValidatorTests
{
    private static readonly GroupProfileValidator Validator = new();

    private static readonly GroupProfile Valid = new("Engineering", "00g1okta", """{"urn:okta:custom:group:1.0":{"description":"Builds things"}}""");

    [Fact]
    public void Validate_OktaPushedGroup_IsValid()
    {
        Assert.True(Validator.Validate(Valid).IsValid);
        Assert.True(Validator.Validate(new GroupProfile("Ops")).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Validate_EmptyDisplayName_FailsWithTheRequiredCode(string displayName)
    {
        var result = Validator.Validate(Valid with { DisplayName = displayName });

        Assert.Equal("directory.group_name_required", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void Validate_DisplayNameAtTheLimit_IsValidAndOneMoreFails()
    {
        Assert.True(Validator.Validate(Valid with { DisplayName = new string('g', Group.DisplayNameMaxLength) }).IsValid);

        var result = Validator.Validate(Valid with { DisplayName = new string('g', Group.DisplayNameMaxLength + 1) });

        Assert.Equal("directory.invalid_value", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void Validate_ExternalIdAtTheLimit_IsValidAndOneMoreFails()
    {
        Assert.True(Validator.Validate(Valid with { ExternalId = new string('x', 256) }).IsValid);

        var result = Validator.Validate(Valid with { ExternalId = new string('x', 257) });

        Assert.Equal(("ExternalId", "directory.invalid_value"), (Assert.Single(result.Errors).PropertyName, result.Errors[0].ErrorCode));
    }

    [Fact]
    public void Validate_CustomExtensionsOverTheirLimit_FailsOnExtensions()
    {
        var json = $$"""{"urn:okta:custom:group:1.0":{"description":"{{new string('x', GroupProfileValidator.MaxCustomExtensionsLength)}}"} }""";

        var result = Validator.Validate(Valid with { CustomExtensions = json });

        Assert.Equal(("extensions", "directory.invalid_value"), (Assert.Single(result.Errors).PropertyName, result.Errors[0].ErrorCode));
    }
}
