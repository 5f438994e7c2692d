using KnowYourRights.Bot.Channels.Shared;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Twilio.Security;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// What every Twilio webhook of this app (SMS on <c>/api/sms</c>, the phone line on <c>/api/voice…</c>)
/// does before it reads a request: take the form post only if it is a plain UTF-8 form of
/// acceptable size (400 otherwise), then check <c>X-Twilio-Signature</c> with the helper library's
/// <see cref="RequestValidator"/> against the auth token and the public URL Twilio requested, query
/// string included (403 when missing or wrong). The URL is always the configured public one:
/// behind a proxy the request's own URL differs from the one Twilio signed.
/// </summary>
public static class TwilioWebhook
{
    public const string SignatureHeader = "X-Twilio-Signature";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The signed form's fields, or the refusal to answer with (already logged, by outcome only).</summary>
    /// <param name="channel">How the log names the webhook ("SMS", "voice").</param>
    public static async Task<TwilioWebhookForm> ReadSignedFormAsync(
        HttpRequest request, string authToken, string signedUrl, int maxBytes, ILogger logger, string channel)
    {
        var form = await ReadFormAsync(request, maxBytes, request.HttpContext.RequestAborted);
        if (form is null)
        {
            return new(null, Refuse(logger, channel, StatusCodes.Status400BadRequest, "The body is not a Twilio form post of acceptable size."));
        }
        var signature = request.Headers[SignatureHeader].ToString();
        if (signature.Length == 0 || !new RequestValidator(authToken).Validate(signedUrl, form, signature))
        {
            return new(null, Refuse(logger, channel, StatusCodes.Status403Forbidden, "The request's X-Twilio-Signature is missing or wrong."));
        }
        return new(form, null);
    }

    /// <summary>A refusal as problem details, logged by its outcome only: no caller address, number or content.</summary>
    public static ProblemHttpResult Refuse(ILogger logger, string channel, int status, string reason)
    {
        logger.LogWarning("Refused a {Channel} webhook request with {Status}.", channel, status);
        return TypedResults.Problem(statusCode: status, detail: reason);
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
}
