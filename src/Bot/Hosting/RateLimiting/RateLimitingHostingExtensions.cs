using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter with the app's policies (<see cref="RateLimitPolicies"/>): a fixed
/// window per client (<see cref="ClientAddressKeys"/>) for each policy, and one for everyone
/// together per policy, both from configuration section "RateLimiting". 429 with <c>Retry-After</c>.
/// Counted in memory, or in Redis across instances when it is configured (<see cref="FixedWindows"/>).
/// </summary>
public static class RateLimitingHostingExtensions
{
    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ClientAddressKeys>();
        builder.Services.AddSingleton<FixedWindows>();
        builder.Services.AddSingleton<SenderRateLimiter>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitingOptions>, ClientAddressKeys, FixedWindows>((limiter, settings, clients, windows) => Configure(limiter, settings.Value, clients, windows));
        return builder;
    }

    /// <summary>The rate-limiting middleware; after routing (which WebApplication adds first), so it sees each endpoint's policy.</summary>
    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>A fixed window of <paramref name="permits"/> requests, none queued: over the limit is refused at once.</summary>
    public static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static void Configure(RateLimiterOptions limiter, RateLimitingOptions settings, ClientAddressKeys clients, FixedWindows windows)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RateLimitRejection.OnRejectedAsync;
        if (!settings.Enabled)
        {
            foreach (var policy in settings.Rules.Keys)
            {
                limiter.AddPolicy(policy, _ => RateLimitPartition.GetNoLimiter(string.Empty));
            }
            return;
        }

        var rules = settings.Rules;
        foreach (var (policy, rule) in rules)
        {
            limiter.AddPolicy(policy, context => RateLimitPolicies.IsPerSender(policy)
                // Twilio's addresses are everyone's: the webhook limits per sender instead.
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : windows.Partition(policy + ":client", clients.For(context), rule.PerClient, rule.Window));
        }
        // Runs before the endpoint's policy: the limit of everyone together, per policy.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is { } policy
                && rules.TryGetValue(policy, out var rule)
                ? windows.Partition(policy + ":global", policy, rule.Global, rule.Window)
                : RateLimitPartition.GetNoLimiter(string.Empty));
    }
}
