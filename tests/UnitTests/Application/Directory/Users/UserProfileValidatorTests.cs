using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.UnitTests.Application.Directory.Users;

public sealed class UserProfileValidatorTests
{
    private static readonly UserProfileValidator Validator = new();

    private static readonly UserProfile Valid = new(
        "ada@example.com",
        Name: new PersonName("Ada", "Lovelace"),
        Emails: [new ContactValue("ada@example.com", "work", Primary: true), new ContactValue("ada@home.example", "home")],
        PhoneNumbers: [new ContactValue("+44 20 7946 0000", "work", Primary: true)]);

    [Fact]
    public void Validate_OktaShapedProfile_IsValid()
    {
        Assert.True(Validator.Validate(Valid).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Validate_EmptyUserName_FailsWithTheRequiredCode(string userName)
    {
        var result = Validator.Validate(Valid with { UserName = userName });

        Assert.Equal("directory.user_name_required", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void Validate_UserNameAtTheLimit_IsValidAndOneMoreFails()
    {
        Assert.True(Validator.Validate(Valid with { UserName = new string('u', UserProfileValidator.MaxUserNameLength) }).IsValid);
        Assert.False(Validator.Validate(Valid with { UserName = new string('u', UserProfileValidator.MaxUserNameLength + 1) }).IsValid);
    }

    [Theory]
    [InlineData("externalId", UserProfileValidator.MaxUserNameLength)]
    [InlineData("displayName", UserProfileValidator.MaxTextLength)]
    [InlineData("nickName", UserProfileValidator.MaxTextLength)]
    [InlineData("title", UserProfileValidator.MaxTextLength)]
    [InlineData("userType", UserProfileValidator.MaxTextLength)]
    [InlineData("preferredLanguage", UserProfileValidator.MaxTextLength)]
    [InlineData("locale", UserProfileValidator.MaxTextLength)]
    [InlineData("timezone", UserProfileValidator.MaxTextLength)]
    [InlineData("name.givenName", UserProfileValidator.MaxTextLength)]
    [InlineData("name.familyName", UserProfileValidator.MaxTextLength)]
    [InlineData("name.middleName", UserProfileValidator.MaxTextLength)]
    [InlineData("name.formatted", UserProfileValidator.MaxTextLength)]
    [InlineData("name.honorificPrefix", UserProfileValidator.MaxTextLength)]
    [InlineData("name.honorificSuffix", UserProfileValidator.MaxTextLength)]
    [InlineData("employeeNumber", UserProfileValidator.MaxTextLength)]
    [InlineData("costCenter", UserProfileValidator.MaxTextLength)]
    [InlineData("organization", UserProfileValidator.MaxTextLength)]
    [InlineData("division", UserProfileValidator.MaxTextLength)]
    [InlineData("department", UserProfileValidator.MaxTextLength)]
    [InlineData("manager", UserProfileValidator.MaxTextLength)]
    public void Validate_TextAttributeOverItsLimit_FailsAndAtTheLimitPasses(string attribute, int limit)
    {
        Assert.True(Validator.Validate(With(attribute, new string('x', limit))).IsValid);

        var result = Validator.Validate(With(attribute, new string('x', limit + 1)));

        Assert.Equal("directory.invalid_value", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void Validate_TwoPrimaryEmails_Fails()
    {
        var result = Validator.Validate(Valid with { Emails = [.. Valid.EmailsOrEmpty.Select(e => e with { Primary = true })] });

        Assert.Equal("At most one email may be primary.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void Validate_TwoPrimaryPhoneNumbers_Fails()
    {
        var result = Validator.Validate(Valid with { PhoneNumbers = [.. Valid.PhoneNumbersOrEmpty, new ContactValue("+1 555 0100", Primary: true)] });

        Assert.Equal("At most one phone number may be primary.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void Validate_TooManyEmails_FailsAndTheLimitPasses()
    {
        ContactValue[] Emails(int count) => [.. Enumerable.Range(0, count).Select(i => new ContactValue($"ada{i}@example.com"))];

        Assert.True(Validator.Validate(Valid with { Emails = Emails(UserProfileValidator.MaxMultiValuedItems) }).IsValid);
        Assert.Equal("emails", Assert.Single(Validator.Validate(Valid with { Emails = Emails(UserProfileValidator.MaxMultiValuedItems + 1) }).Errors).PropertyName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Validate_EmailWithoutValue_Fails(string value)
    {
        Assert.False(Validator.Validate(Valid with { Emails = [new ContactValue(value)] }).IsValid);
    }

    [Fact]
    public void Validate_EmailOver320Characters_Fails()
    {
        Assert.False(Validator.Validate(Valid with { Emails = [new ContactValue(new string('a', 310) + "@example.com")] }).IsValid);
    }

    [Fact]
    public void Validate_CustomExtensionsOverTheirLimit_Fails()
    {
        var json = $$"""{"urn:acme:1":{"blob":"{{new string('x', UserProfileValidator.MaxCustomExtensionsLength)}}"} }""";

        Assert.Equal("extensions", Assert.Single(Validator.Validate(Valid with { CustomExtensions = json }).Errors).PropertyName);
    }

    private static UserProfile With(string attribute, string value)
    {
        var name = Valid.NameOrEmpty;
        var enterprise = Valid.EnterpriseOrEmpty;
        return attribute switch
        {
            "externalId" => Valid with { ExternalId = value },
            "displayName" => Valid with { DisplayName = value },
            "nickName" => Valid with { NickName = value },
            "title" => Valid with { Title = value },
            "userType" => Valid with { UserType = value },
            "preferredLanguage" => Valid with { PreferredLanguage = value },
            "locale" => Valid with { Locale = value },
            "timezone" => Valid with { Timezone = value },
            "name.givenName" => Valid with { Name = name with { GivenName = value } },
            "name.familyName" => Valid with { Name = name with { FamilyName = value } },
            "name.middleName" => Valid with { Name = name with { MiddleName = value } },
            "name.formatted" => Valid with { Name = name with { Formatted = value } },
            "name.honorificPrefix" => Valid with { Name = name with { HonorificPrefix = value } },
            "name.honorificSuffix" => Valid with { Name = name with { HonorificSuffix = value } },
            "employeeNumber" => Valid with { Enterprise = enterprise with { EmployeeNumber = value } },
            "costCenter" => Valid with { Enterprise = enterprise with { CostCenter = value } },
            "organization" => Valid with { Enterprise = enterprise with { Organization = value } },
            "division" => Valid with { Enterprise = enterprise with { Division = value } },
            "department" => Valid with { Enterprise = enterprise with { Department = value } },
            "manager" => Valid with { Enterprise = enterprise with { ManagerId = value } },
            _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "Not a text attribute."),
        };
    }
}
