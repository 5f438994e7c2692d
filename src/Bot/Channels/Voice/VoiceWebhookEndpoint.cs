using KnowYourRights.Bot.Channels.Twilio;
using System.Text;
using KnowYourRights.Bot.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Twilio.TwiML;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// <c>POST /api/voice</c> (the number's Voice webhook) and the steps of a call below it
/// (<c>/api/voice/menu</c>, <c>/api/voice/options</c>, and <c>/api/voice/status</c> for Twilio's
/// call status callback). Each request is checked like <c>/api/sms</c> (<see cref="TwilioWebhook"/>):
/// off (404) without <c>Twilio:AuthToken</c> or <c>Twilio:VoiceWebhookUrl</c>; 403 for a missing or
/// wrong signature over the public URL of the step, query string included; 400 for a post that is
/// not a Twilio form or names no call; 429 with <c>Retry-After</c> past the per-caller limit. Then
/// <see cref="VoiceCall"/> answers with TwiML (<c>text/xml</c>); if the step fails, the caller hears
/// an apology and the call ends, never a 500 (which Twilio would read out as "an application error").
/// </summary>
/// <remarks>
/// Privacy: the caller's number becomes the sender key for the rate limit, and is otherwise only
/// passed on to send the links the caller asks for; the speech result is asked and dropped. Neither
/// is logged: the log says a request's outcome, or a failure's exception type.
/// </remarks>
public static class VoiceWebhookEndpoint
{
    /// <summary>How the log names this webhook.</summary>
    private const string Channel = "voice";

    /// <summary>Twilio's call ids: "CA" and 32 hexadecimal digits; anything up to this length is taken.</summary>
    private const int MaxCallSidLength = 64;

    /// <summary>The call statuses after which a call is over.</summary>
    private static readonly HashSet<string> Ended = new(StringComparer.OrdinalIgnoreCase) { "completed", "busy", "failed", "no-answer", "canceled" };

    /// <summary><c>POST /api/voice</c>: a call comes in.</summary>
    public static Task<Results<ContentHttpResult, NoContent, NotFound, ProblemHttpResult>> CallAsync(HttpContext http, [AsParameters] VoiceServices services) =>
        HandleAsync(http, services, call => Task.FromResult<VoiceResponse?>(services.Call.Start(call)));

    /// <summary><c>POST /api/voice/menu</c>: the topic menu's key or spoken question.</summary>
    public static Task<Results<ContentHttpResult, NoContent, NotFound, ProblemHttpResult>> MenuAsync(HttpContext http, [AsParameters] VoiceServices services) =>
        HandleAsync(http, services, call => Task.FromResult<VoiceResponse?>(services.Call.AtMenu(call)));

    /// <summary><c>POST /api/voice/options</c>: the key or question after an answer.</summary>
    public static Task<Results<ContentHttpResult, NoContent, NotFound, ProblemHttpResult>> OptionsAsync(HttpContext http, [AsParameters] VoiceServices services) =>
        HandleAsync(http, services, async call => await services.Call.AfterAnswerAsync(call));

    /// <summary><c>POST /api/voice/status</c>: Twilio's call status callback; an ended call's state is forgotten. 204.</summary>
    public static Task<Results<ContentHttpResult, NoContent, NotFound, ProblemHttpResult>> StatusAsync(HttpContext http, [AsParameters] VoiceServices services) =>
        HandleAsync(http, services, call =>
        {
            if (Ended.Contains(call.Status))
            {
                services.Call.End(call.CallSid);
            }
            return Task.FromResult<VoiceResponse?>(null);
        });

    private static async Task<Results<ContentHttpResult, NoContent, NotFound, ProblemHttpResult>> HandleAsync(
        HttpContext http, VoiceServices services, Func<VoiceCallRequest, Task<VoiceResponse?>> step)
    {
        var twilio = services.Twilio.Value;
        if (!twilio.VoiceEnabled)
        {
            return TypedResults.NotFound();
        }
        var logger = services.Logger;
        var read = await TwilioWebhook.ReadSignedFormAsync(http.Request, twilio.AuthToken!, services.Urls.Signed(http.Request), twilio.MaxRequestBytes, logger, Channel);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }
        var call = VoiceCallRequest.From(read.Fields!);
        if (call.CallSid.Length is 0 or > MaxCallSidLength)
        {
            return TwilioWebhook.Refuse(logger, Channel, StatusCodes.Status400BadRequest, "The post names no call (CallSid).");
        }
        // Per caller; a withheld number is limited per call.
        var key = services.SenderKeys.For(string.IsNullOrWhiteSpace(call.Caller) ? call.CallSid : call.Caller);
        if (await services.SenderLimits.TryAcquireAsync(key, http.RequestAborted, RateLimitPolicies.VoiceWebhook) is { } wait)
        {
            // Checked only now, after the signature: a forged post must not spend a real caller's allowance.
            logger.LogWarning("Refused a {Channel} webhook request with {Status}.", Channel, StatusCodes.Status429TooManyRequests);
            return RateLimitRejection.Result(http.Response, wait);
        }

        VoiceResponse? twiml;
        try
        {
            twiml = await step(call);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // The type only: an exception's message could quote what the caller said.
            logger.LogError("A phone call's step failed ({ExceptionType}); the caller heard the apology.", exception.GetType().Name);
            // In both languages: the call's language may be what could not be read.
            const string english = Knowledge.Text.Language.English, spanish = Knowledge.Text.Language.Spanish;
            twiml = VoiceTwiml.End(english, [VoicePrompts.SomethingWentWrong(english), new VoiceLine(VoicePrompts.SomethingWentWrong(spanish), spanish)]);
        }
        return twiml is null ? TypedResults.NoContent() : TypedResults.Content(twiml.ToString(), VoiceTwiml.ContentType, Encoding.UTF8);
    }
}
