using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// Starts a plain host with one folder's registrations and a setting, and returns why its options
/// failed validation on start: the same registration and validation as the app's, without the
/// web app around it (a web app that fails to start is at times disposed under the test's feet).
/// </summary>
internal static class StartupValidation
{
    public static async Task<string> FailuresAsync(Action<IHostApplicationBuilder> register, string key, string value)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>(key, value)]);
        register(builder);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        return string.Join(" ", error.Failures);
    }
}
