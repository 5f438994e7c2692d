using System.Text;
using KnowYourRights.Bot.Channels.Shared;
using KnowYourRights.Bot.Channels.Shared.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Twilio.Security;
using Twilio.TwiML;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// <c>POST /api/sms</c>: Twilio's messaging webhook, for hosting without Azure Bot Service. Takes
/// Twilio's form post, checks <c>X-Twilio-Signature</c> against the auth token and the
/// configured public URL, runs the bot through <see cref="SmsAdapter"/> and answers with TwiML
/// (one <c>&lt;Message&gt;</c> per reply). Off (404) without <c>Twilio:AuthToken</c>; 403 for a
/// missing or wrong signature; 400 for a post that is too large or not a Twilio form (multipart
/// included); 429 with <c>Retry-After</c> past the per-sender limit; never 500.
/// </summary>
/// <remarks>
/// Privacy: the sender's number (<c>From</c>) becomes the sender key here and goes no further;
/// the bot sees only the key. Nothing about the request is logged but its outcome.
/// </remarks>
public static class SmsWebhookEndpoint
{
    public const string SignatureHeader = "X-Twilio-Signature";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
        if (!twilio.Enabled)
        {
            return TypedResults.NotFound();
        }

        var form = await ReadFormAsync(http.Request, twilio.MaxRequestBytes, http.RequestAborted);
        if (form is null)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "The body is not a Twilio form post of acceptable size.");
        }

        var signature = http.Request.Headers[SignatureHeader].ToString();
        if (signature.Length == 0 || !new RequestValidator(twilio.AuthToken).Validate(twilio.WebhookUrl, form, signature))
        {
            return Refuse(logger, StatusCodes.Status403Forbidden, "The request's X-Twilio-Signature is missing or wrong.");
        }

        if (!form.TryGetValue("From", out var from) || string.IsNullOrWhiteSpace(from))
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "The post has no sender.");
        }

        var key = senderKeys.For(from);
        if (await senderLimits.TryAcquireAsync(key, http.RequestAborted) is { } wait)
        {
            // Checked only now, after the signature: a forged post must not spend a real sender's allowance.
            logger.LogWarning("Refused an SMS webhook request with {Status}.", StatusCodes.Status429TooManyRequests);
            return RateLimitRejection.Result(http.Response, wait);
        }
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("n"),
            ChannelId = ConnectorChannels.Sms,
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

    /// <summary>The form's fields, or null when the body is too large, not a form, not UTF-8, or names a field twice.</summary>
    private static async Task<Dictionary<string, string>?> ReadFormAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        // Twilio posts application/x-www-form-urlencoded, never multipart (which HasFormContentType also admits).
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var body = await RequestBody.ReadAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in QueryHelpers.ParseQuery(text))
        {
            if (values.Count != 1)
            {
                return null;
            }
            fields[name] = values[0] ?? string.Empty;
        }
        return fields;
    }

    private static ProblemHttpResult Refuse(ILogger logger, int status, string reason)
    {
        // The outcome only: no caller address, number or content.
        logger.LogWarning("Refused an SMS webhook request with {Status}.", status);
        return TypedResults.Problem(statusCode: status, detail: reason);
    }
}
