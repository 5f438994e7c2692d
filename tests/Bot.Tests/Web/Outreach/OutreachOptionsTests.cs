using Microsoft.Extensions.Hosting;
using KnowYourRights.Bot.Web.Outreach;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Tests.Web.Outreach;

public class OutreachOptionsTests
{
    [Theory]
    [InlineData("https://a.example\r\nX-Injected: 1")]
    [InlineData("'self'; script-src *")]
    [InlineData("https://a.example, https://b.example")]
    [InlineData(" ")]
    public async Task A_frame_ancestors_value_that_could_break_the_header_stops_the_app_at_start(string value)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Outreach:FrameAncestors"] = value });
        builder.AddOutreach();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Outreach:FrameAncestors", error.Message);
    }

    [Fact]
    public async Task The_old_outreach_public_base_url_stops_the_app_at_start_and_names_the_new_setting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Outreach:PublicBaseUrl"] = "https://rights.example.org/" });
        builder.AddOutreach();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("App:PublicBaseUrl", error.Message);
    }
}
