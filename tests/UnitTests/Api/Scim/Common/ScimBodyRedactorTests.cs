using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.Api.Scim.Common;

namespace Platform.UnitTests.Api.Scim.Common;

public sealed class ScimBodyRedactorTests
{
    private const string Secret = "t1meMa$heen";

    private static string? Redact(string body) => ScimBodyRedactor.Redact(Encoding.UTF8.GetBytes(body), complete: true, Encoding.UTF8.GetByteCount(body));

    [Theory]
    [InlineData("""{"schemas":["urn:scim:schemas:core:1.0"],"userName":"ada","password":"t1meMa$heen"}""")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada","PassWord":"t1meMa$heen"}""")]
    [InlineData("""{"userName":"ada","urn:ietf:params:scim:schemas:core:2.0:User:password":"t1meMa$heen"}""")]
    [InlineData("""{"userName":"ada","nested":{"deeper":[{"password":"t1meMa$heen"}]}}""")]
    public void Redact_PasswordMemberAnywhereInAnyCase_IsRemoved(string body)
    {
        var redacted = Redact(body)!;

        Assert.DoesNotContain(Secret, redacted);
        Assert.DoesNotContain("password", redacted, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"ada\"", redacted);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("Password")]
    [InlineData(" urn:ietf:params:scim:schemas:core:2.0:User:password ")]
    public void Redact_PatchOperationOnThePassword_LosesItsValue(string path)
    {
        var body = $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"{{path}}","value":"t1meMa$heen"},{"op":"replace","path":"title","value":"Analyst"}]}""";

        var redacted = Redact(body)!;

        Assert.DoesNotContain(Secret, redacted);
        Assert.Contains("Analyst", redacted);
    }

    [Fact]
    public void Redact_PatchValueObjectWithAPassword_LosesThePasswordOnly()
    {
        var redacted = Redact("""{"Operations":[{"op":"replace","value":{"active":false,"password":"t1meMa$heen"}}]}""")!;

        Assert.DoesNotContain(Secret, redacted);
        Assert.Contains("\"active\":false", redacted);
    }

    [Fact]
    public void Redact_JsonWithoutAPassword_IsKeptAsSent()
    {
        const string body = """{"userName":"zoë@example.com", "displayName":"O'Brien <b>"}""";

        Assert.Equal(body, Redact(body));
    }

    [Fact]
    public void Redact_PasswordSpeltWithAnEscape_IsStillRemoved()
    {
        var redacted = Redact("""{"userName":"ada","p\u0061ssword":"t1meMa$heen"}""")!;

        Assert.DoesNotContain(Secret, redacted);
    }

    [Fact]
    public void Indent_Json_IsPrettyPrintedWithCharactersAsTheyAre() =>
        Assert.Equal(
            "{\n  \"userName\": \"zoë@example.com\",\n  \"displayName\": \"O'Brien <b>\"\n}",
            ScimBodyRedactor.Indent("""{"userName":"zoë@example.com","displayName":"O'Brien <b>"}""").ReplaceLineEndings("\n"));

    [Fact]
    public void Indent_NotJson_IsShownAsItIs() => Assert.Equal("(not JSON, 3 bytes)", ScimBodyRedactor.Indent("(not JSON, 3 bytes)"));

    [Theory]
    [InlineData("password=t1meMa$heen&user=ada")]
    [InlineData("""{"password":"t1meMa$heen",""")]
    [InlineData("""{"password":"t1meMa$heen","password":"again"}""")]
    public void Redact_NotValidJson_IsDescribedNeverKept(string body)
    {
        var redacted = Redact(body)!;

        Assert.DoesNotContain(Secret, redacted);
        Assert.Equal($"(not JSON, {Encoding.UTF8.GetByteCount(body)} bytes)", redacted);
    }

    [Fact]
    public void Redact_BodyCutShortByTheCapture_IsDescribedNeverKept()
    {
        var redacted = ScimBodyRedactor.Redact(Encoding.UTF8.GetBytes("""{"password":"t1me"""), complete: false, 2_000_000);

        Assert.Equal("(JSON body of 2000000 bytes, too large to keep in the log)", redacted);
    }

    [Fact]
    public void Redact_NoBody_IsNull() => Assert.Null(ScimBodyRedactor.Redact([], complete: true, 0));

    [Fact]
    public void ErrorOf_ScimV2Error_IsItsTypeAndDetail() =>
        Assert.Equal(("uniqueness", "taken"), ScimBodyRedactor.ErrorOf(Redact("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness","detail":"taken"}""")));

    [Theory]
    [InlineData("/scim/v2/acme/Users/42", "v2", "/Users/42")]
    [InlineData("/scim/V1/acme", "v1", "")]
    [InlineData("/scim/v1/acme/ServiceProviderConfigs", "v1", "/ServiceProviderConfigs")]
    public void TrySplitPath_UnderABaseUrl_IsTheVersionAndTheRest(string path, string version, string rest)
    {
        Assert.True(ScimRequestRecorder.TrySplitPath(path, out var foundVersion, out var foundRest));
        Assert.Equal((version, rest), (foundVersion, foundRest));
    }

    [Theory]
    [InlineData("/scim/v3/acme/Users")]
    [InlineData("/scim/v2")]
    [InlineData("/api/companies")]
    public void TrySplitPath_NotABaseUrl_IsFalse(string path) => Assert.False(ScimRequestRecorder.TrySplitPath(path, out _, out _));

    [Fact]
    public void KeptQuery_OnlyTheParametersThatShapeARead_AreKept()
    {
        var kept = ScimRequestRecorder.KeptQuery(new QueryString("?filter=userName%20eq%20%22ada%22&access_token=plat_scim_x&startIndex=1&count=10&sortBy=userName"));

        Assert.DoesNotContain("plat_scim_x", kept);
        Assert.DoesNotContain("access_token", kept);
        Assert.Equal("filter=userName eq \"ada\"&startIndex=1&count=10&sortBy=userName", Uri.UnescapeDataString(kept.TrimStart('?')));
    }
}
