using KnowYourRights.Bot.Channels.Twilio;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// The phone line's public URLs: the number's Voice webhook (<see cref="TwilioOptions.VoiceWebhookUrl"/>)
/// and the steps of a call below it (<c>…/api/voice/menu</c>, <c>…/api/voice/options</c>), which
/// the <c>&lt;Gather&gt;</c>s name as their action. Twilio signs the URL it requested, query
/// string included; behind a proxy the app sees another, so the signed URL is always rebuilt from
/// the configured one and the request's path below <see cref="Route"/>.
/// </summary>
public sealed class VoiceUrls(IOptions<TwilioOptions> options)
{
    /// <summary>The app's path of the number's Voice webhook.</summary>
    public const string Route = "/api/voice";

    /// <summary>The topic menu's answer: a key (a topic, 9, 0) or a spoken question.</summary>
    public const string MenuStep = "menu";

    /// <summary>After an answer: 1 more, 2 links by text, 3 another question, 0 menu, or a did-you-mean's choice.</summary>
    public const string OptionsStep = "options";

    /// <summary>Twilio's call status callback: the call has ended, its state goes.</summary>
    public const string StatusStep = "status";

    /// <summary>The absolute URL Twilio posts a step to.</summary>
    public Uri Step(string step) => new(Base + "/" + step);

    /// <summary>The URL Twilio signed for <paramref name="request"/>: the public webhook URL, the path below it and the query string.</summary>
    public string Signed(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        var below = path.StartsWith(Route, StringComparison.OrdinalIgnoreCase) ? path[Route.Length..] : path;
        return Base + below + request.QueryString.Value;
    }

    private string Base => options.Value.VoiceWebhookUrl!.TrimEnd('/');
}
