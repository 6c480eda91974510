using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Events.Webhooks;

namespace Platform.UnitTests.Infrastructure;

public sealed class WebhookSignatureTests
{
    /// <summary>The example of the Standard Webhooks reference libraries' tests.</summary>
    [Fact]
    public void Sign_StandardWebhooksExample_GivesTheReferenceSignature()
    {
        var key = WebhookSecrets.KeyOf("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        var signature = WebhookSignature.Sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, Encoding.UTF8.GetBytes("{\"test\": 2432232314}"));
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void AddressPolicy_NonPublicAddress_IsRefusedByDefault(string address)
    {
        Assert.False(Policy().IsAllowed(IPAddress.Parse(address)));
        Assert.True(Policy(allowPrivate: true).IsAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    public void AddressPolicy_PublicAddress_IsAllowed(string address) => Assert.True(Policy().IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public void AddressPolicy_AllowedNetwork_IsAllowedAndNothingElse()
    {
        var policy = Policy(allowed: ["10.20.0.0/16"]);
        Assert.True(policy.IsAllowed(IPAddress.Parse("10.20.3.4")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("10.21.3.4")));
    }

    [Fact]
    public void RetryDelay_FollowsTheScheduleWithJitter_AndRepeatsTheLast()
    {
        var settings = new WebhookSettings();
        for (var failures = 1; failures <= 12; failures++)
        {
            var nominal = WebhookSettings.DefaultRetryDelays[Math.Min(failures, WebhookSettings.DefaultRetryDelays.Count) - 1];
            var delay = settings.RetryDelay(failures);
            Assert.InRange(delay, nominal * 0.8, nominal * 1.2);
        }

        // Retries span at least the give-up time before the endpoint fails.
        var total = Enumerable.Range(1, 12).Sum(n => WebhookSettings.DefaultRetryDelays[Math.Min(n, WebhookSettings.DefaultRetryDelays.Count) - 1].TotalHours);
        Assert.True(total * 0.8 >= settings.GiveUpAfter.TotalHours);
    }

    private static WebhookAddressPolicy Policy(bool allowPrivate = false, string[]? allowed = null) =>
        new(Options.Create(new WebhookSettings { AllowPrivateNetworks = allowPrivate, AllowedNetworks = allowed }));
}
