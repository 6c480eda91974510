using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Platform.Api.Common;

namespace Platform.UnitTests.Api.Common;

public sealed class MetricsEndpointTests
{
    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("127.8.9.10", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("::ffff:127.0.0.1", null, true)]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("203.0.113.7", null, false)]
    [InlineData("::2", null, false)]
    [InlineData("127.0.0.1", "203.0.113.7", false)]
    [InlineData("127.0.0.1", "127.0.0.1, 203.0.113.7", false)]
    [InlineData("127.0.0.1", "not-an-address", false)]
    public void IsAllowed_ByDefault_OnlyLoopbackAndOnlyWhenEveryForwardedAddressIsLoopbackToo(string remote, string? forwardedFor, bool allowed)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;

        Assert.Equal(allowed, MetricsEndpoint.IsAllowed(context, MetricsEndpoint.AllowedNetworks(Configuration())));
    }

    [Fact]
    public void IsAllowed_NoConnectionAddressOrAForwardedHeader_IsRefused()
    {
        var networks = MetricsEndpoint.AllowedNetworks(Configuration());
        var forwarded = new DefaultHttpContext();
        forwarded.Connection.RemoteIpAddress = IPAddress.Loopback;
        forwarded.Request.Headers["Forwarded"] = "for=127.0.0.1";

        Assert.False(MetricsEndpoint.IsAllowed(new DefaultHttpContext(), networks));
        Assert.False(MetricsEndpoint.IsAllowed(forwarded, networks));
    }

    [Fact]
    public void AllowedNetworks_Configured_ReplaceTheDefault()
    {
        var networks = MetricsEndpoint.AllowedNetworks(Configuration("10.20.0.0/16"));
        var context = new DefaultHttpContext();

        context.Connection.RemoteIpAddress = IPAddress.Parse("10.20.3.4");
        Assert.True(MetricsEndpoint.IsAllowed(context, networks));
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        Assert.False(MetricsEndpoint.IsAllowed(context, networks));
    }

    [Fact]
    public void AllowedNetworks_NotACidr_FailsAtStartWithTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MetricsEndpoint.AllowedNetworks(Configuration("10.0.0.0/33")));

        Assert.Contains("Metrics:AllowedNetworks", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params string[] networks) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(networks.Select((network, i) => new KeyValuePair<string, string?>($"Metrics:AllowedNetworks:{i}", network)))
            .Build();
}
