using System.Net;
using KnowYourRights.Bot.Channels.BotFramework;

namespace KnowYourRights.Bot.Tests.Channels.BotFramework;

public sealed class LoopbackAccessTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_addresses_are_loopback(string address) =>
        Assert.True(LoopbackAccess.IsLoopback(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.168.1.20")]
    [InlineData("203.0.113.7")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("fe80::1")]
    public void Other_addresses_are_not_loopback(string address) =>
        Assert.False(LoopbackAccess.IsLoopback(IPAddress.Parse(address)));

    [Fact]
    public void An_unknown_address_is_not_loopback() =>
        Assert.False(LoopbackAccess.IsLoopback(null));

    [Theory]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://127.0.0.1:50000")]
    [InlineData("https://[::1]:8443/")]
    public void Loopback_service_urls_are_allowed(string url) =>
        Assert.True(LoopbackAccess.IsLoopbackServiceUrl(url));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://127.0.0.1.evil.example/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://localhost/")]
    [InlineData("localhost:3978")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_service_urls_are_not(string? url) =>
        Assert.False(LoopbackAccess.IsLoopbackServiceUrl(url));
}
