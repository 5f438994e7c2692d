using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// Sends one text message through Twilio's REST API (<c>MessageResource.Create</c>), with the
/// account of <see cref="TwilioOptions.AccountSid"/> and its API key or auth token, over the
/// HTTP handler registered under the key <see cref="HandlerKey"/> (tests register one that
/// reaches a local fake of the API instead).
/// </summary>
/// <remarks>
/// Not <c>AddHttpClient</c>: registering <see cref="IHttpClientFactory"/> would make the Bot
/// Framework connector use it too, and its logging handler writes every request URL at
/// Information, with the conversation id in it, which on Azure's SMS channel is a phone number.
/// </remarks>
public sealed class TwilioMessageSender(
    [FromKeyedServices(TwilioMessageSender.HandlerKey)] HttpMessageHandler handler,
    IOptions<TwilioOptions> twilio,
    ILogger<TwilioMessageSender> logger)
{
    public const string HandlerKey = "Twilio";

    /// <summary>How long a text to Twilio may take: the caller is waiting on the line meanwhile.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);

    private readonly SystemNetHttpClient _http = new(new System.Net.Http.HttpClient(handler, disposeHandler: false) { Timeout = Timeout });

    /// <summary>Whether an account to send with is configured.</summary>
    public bool Enabled => twilio.Value.CanText;

    /// <summary>Sends <paramref name="body"/>; false when Twilio refused it or could not be reached (logged by kind only).</summary>
    public async Task<bool> SendAsync(string to, string from, string body)
    {
        var settings = twilio.Value;
        var (user, password) = string.IsNullOrWhiteSpace(settings.ApiKeySid)
            ? (settings.AccountSid!, twilio.Value.AuthToken!)
            : (settings.ApiKeySid, settings.ApiKeySecret!);
        var client = new TwilioRestClient(user, password, accountSid: settings.AccountSid, httpClient: _http);
        try
        {
            await MessageResource.CreateAsync(new CreateMessageOptions(new PhoneNumber(to)) { From = new PhoneNumber(from), Body = body }, client);
            return true;
        }
        catch (Exception e) when (e is TwilioException or HttpRequestException or TaskCanceledException)
        {
            // Twilio's messages can quote the numbers: the kind and Twilio's error code only.
            logger.LogWarning("Could not send a text through Twilio ({ExceptionType}, code {Code}).", e.GetType().Name, (e as ApiException)?.Code);
            return false;
        }
    }
}
