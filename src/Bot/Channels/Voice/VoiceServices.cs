using Microsoft.AspNetCore.Mvc;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Hosting.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>What the phone line's endpoints need, bound with [AsParameters]; each marked [FromServices], as the build-time request delegates cannot ask the container which types are services.</summary>
public sealed record VoiceServices(
    [FromServices] VoiceCall Call,
    [FromServices] VoiceUrls Urls,
    [FromServices] SmsSenderKeys SenderKeys,
    [FromServices] SenderRateLimiter SenderLimits,
    [FromServices] IOptions<TwilioOptions> Twilio,
    [FromServices] ILogger<VoiceCall> Logger);
