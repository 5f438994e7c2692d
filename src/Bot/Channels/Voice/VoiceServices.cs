using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Hosting.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>What the phone line's endpoints need, bound with [AsParameters].</summary>
public sealed record VoiceServices(
    VoiceCall Call,
    VoiceUrls Urls,
    SmsSenderKeys SenderKeys,
    SenderRateLimiter SenderLimits,
    IOptions<TwilioOptions> Twilio,
    ILogger<VoiceCall> Logger);
