using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.UnitTests.Domain;

public sealed class ScimRequestRecordTests
{
    private static ScimRequestRecord Record(string path = "/Users", string method = "GET", string? requestBody = null) =>
        new(new CompanyId(Guid.NewGuid()), DateTimeOffset.UnixEpoch, null, ScimRefusal.WrongToken, "v2", method, path, 401, null, null, 3, "trace", requestBody, null);

    [Theory]
    [InlineData("/Users/42", ScimResource.Users)]
    [InlineData("/groups?filter=x", ScimResource.Groups)]
    [InlineData("/ServiceProviderConfig", ScimResource.Other)]
    [InlineData("", ScimResource.Other)]
    public void Resource_IsTheFirstPathSegment(string path, ScimResource expected) => Assert.Equal(expected, Record(path).Resource);

    [Fact]
    public void Strings_WithNulOrALoneSurrogate_AreStorable()
    {
        var record = Record(path: "/Users/a\0b\ud800c😀", requestBody: "x\0y");

        Assert.Equal("/Users/a\uFFFDb\uFFFDc😀", record.Path);
        Assert.Equal("x\uFFFDy", record.RequestBody);
    }

    [Fact]
    public void Body_LongerThanTheLimit_IsCutWithAMarker()
    {
        var record = Record(requestBody: new string('a', ScimRequestRecord.BodyMaxChars + 10));

        Assert.Equal(ScimRequestRecord.BodyMaxChars, record.RequestBody!.Length);
        Assert.EndsWith(ScimRequestRecord.TruncationMarker, record.RequestBody);
    }

    [Fact]
    public void Method_LongerThanTheColumn_IsCut() => Assert.Equal(ScimRequestRecord.MethodMaxLength, Record(method: "PROPFINDEVERYTHING").Method.Length);
}
