using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Hosting.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter with the app's policies (<see cref="RateLimitPolicies"/>), from
/// configuration section "RateLimiting": first a fixed window per client
/// (<see cref="ClientAddressKeys"/>) for each policy, counted in memory or in Redis across
/// instances (<see cref="FixedWindows"/>); then, shared by everyone, a concurrency limit with a
/// queue per policy, per instance. 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimitingHostingExtensions
{
    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TrustedProxies.AreValid(o.TrustedProxies), "RateLimiting:TrustedProxies: each entry is an IP address or a network in CIDR form (10.0.0.0/8).")
            .ValidateOnStart();
        builder.Services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>()
            .Configure<IOptions<RateLimitingOptions>>((forwarded, settings) => TrustedProxies.Configure(forwarded, settings.Value));
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
        // First, per client: a flood from one client is refused here and counts against nothing shared.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is { } policy
                && !RateLimitPolicies.IsPerSender(policy)
                && rules.TryGetValue(policy, out var rule)
                ? windows.Partition(policy + ":client", policy + ":" + clients.For(context), rule.PerClient, rule.Window)
                // Twilio's addresses are everyone's: the webhooks limit per sender once the signature is checked.
                : RateLimitPartition.GetNoLimiter(string.Empty));
        // Then, shared: how many of the endpoint's requests run at once (CPU, not a count one client can fill).
        foreach (var (policy, rule) in rules)
        {
            limiter.AddPolicy(policy, _ => RateLimitPartition.GetConcurrencyLimiter(policy, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = rule.Concurrency,
                QueueLimit = rule.Queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        }
    }
}
