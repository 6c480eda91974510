using Microsoft.AspNetCore.Http;
using Platform.Api.Scim.Common;

namespace Platform.UnitTests.Api;

public sealed class ScimAuthenticationHeaderTests
{
    [Theory]
    [InlineData("tok123", "tok123")]
    [InlineData("Bearer tok123", "tok123")]
    [InlineData("bearer tok123", "tok123")]
    [InlineData("BEARER   tok123  ", "tok123")]
    [InlineData("  tok123  ", "tok123")]
    public void PresentedToken_RawOrBearer_IsTheToken(string header, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = header;

        Assert.Equal(expected, ScimAuthenticationFilter.PresentedToken(context.Request));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bearer ")]
    public void PresentedToken_EmptyValue_IsNone(string header)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = header;

        Assert.Null(ScimAuthenticationFilter.PresentedToken(context.Request));
    }

    [Fact]
    public void PresentedToken_TwoHeaders_IsNone()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = new Microsoft.Extensions.Primitives.StringValues(["a", "b"]);

        Assert.Null(ScimAuthenticationFilter.PresentedToken(context.Request));
    }
}
