using KnowYourRights.Bot.Channels.Twilio;
using System.Text;
using KnowYourRights.Bot.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Twilio.TwiML;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// <c>POST /api/sms</c>: Twilio's messaging webhook, for hosting without Azure Bot Service. Takes
/// Twilio's form post, checks <c>X-Twilio-Signature</c> against the auth token and the
/// configured public URL, runs the bot through <see cref="SmsAdapter"/> and answers with TwiML
/// (one <c>&lt;Message&gt;</c> per reply). A Twilio WhatsApp sender posts here too, with
/// <c>whatsapp:</c> addresses; those turns run as channel <c>whatsapp</c> (see
/// <see cref="TwilioTextChannels"/>). Off (404) without <c>Twilio:AuthToken</c> and
/// <c>Twilio:WebhookUrl</c>; 403 for a
/// missing or wrong signature; 400 for a post that is too large or not a Twilio form (multipart
/// included); 429 with <c>Retry-After</c> past the per-sender limit; never 500.
/// </summary>
/// <remarks>
/// Privacy: the sender's number (<c>From</c>) becomes the sender key here and goes no further;
/// the bot sees only the key. Nothing about the request is logged but its outcome.
/// </remarks>
public static class SmsWebhookEndpoint
{
    public const string SignatureHeader = TwilioWebhook.SignatureHeader;

    /// <summary>How the log names this webhook.</summary>
    private const string Channel = "SMS";

    public static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> HandleAsync(
        HttpContext http,
        SmsAdapter adapter,
        SmsSenderKeys senderKeys,
        SenderRateLimiter senderLimits,
        IBot bot,
        IOptions<TwilioOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SmsWebhookEndpoint));
        var twilio = options.Value;
        if (!twilio.SmsEnabled)
        {
            return TypedResults.NotFound();
        }

        var read = await TwilioWebhook.ReadSignedFormAsync(http.Request, twilio.AuthToken!, twilio.WebhookUrl!, twilio.MaxRequestBytes, logger, Channel);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }
        var form = read.Fields!;

        if (!form.TryGetValue("From", out var from) || string.IsNullOrWhiteSpace(from))
        {
            return TwilioWebhook.Refuse(logger, Channel, StatusCodes.Status400BadRequest, "The post has no sender.");
        }

        var key = senderKeys.For(from);
        if (await senderLimits.TryAcquireAsync(key, http.RequestAborted) is { } wait)
        {
            // Checked only now, after the signature: a forged post must not spend a real sender's allowance.
            logger.LogWarning("Refused a {Channel} webhook request with {Status}.", Channel, StatusCodes.Status429TooManyRequests);
            return RateLimitRejection.Result(http.Response, wait);
        }
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("n"),
            // "whatsapp:+1…" is WhatsApp: the same conversation, laid out for WhatsApp and counted as such.
            ChannelId = TwilioTextChannels.For(from),
            ServiceUrl = "https://sms.invalid/",
            Timestamp = DateTimeOffset.UtcNow,
            From = new ChannelAccount(id: key, role: RoleTypes.User),
            Recipient = new ChannelAccount(id: "bot", role: RoleTypes.Bot),
            Conversation = new ConversationAccount(id: key),
            Text = form.GetValueOrDefault("Body") ?? string.Empty,
        };
        var messages = await adapter.ProcessAsync(activity, bot.OnTurnAsync, http.RequestAborted);

        var twiml = new MessagingResponse();
        foreach (var message in messages)
        {
            twiml.Message(message);
        }
        return TypedResults.Content(twiml.ToString(), "application/xml", Encoding.UTF8);
    }
}
