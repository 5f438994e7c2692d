using KnowYourRights.Bot.Channels.Sms;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Sends one text message through Twilio's REST API (<c>MessageResource.Create</c>), with the
/// account of <see cref="VoiceOptions.AccountSid"/> and its API key or auth token. The HTTP
/// client is the named client <see cref="HttpClientName"/> of <see cref="IHttpClientFactory"/>,
/// so its timeout is set in one place (and tests point it at a local fake of the API).
/// </summary>
public sealed class TwilioMessageSender(IHttpClientFactory httpClients, IOptions<VoiceOptions> voice, IOptions<TwilioOptions> twilio, ILogger<TwilioMessageSender> logger)
{
    public const string HttpClientName = "Twilio";

    /// <summary>Whether an account to send with is configured.</summary>
    public bool Enabled => voice.Value.CanText(twilio.Value.AuthToken);

    /// <summary>Sends <paramref name="body"/>; false when Twilio refused it or could not be reached (logged by kind only).</summary>
    public async Task<bool> SendAsync(string to, string from, string body)
    {
        var settings = voice.Value;
        var (user, password) = string.IsNullOrWhiteSpace(settings.ApiKeySid)
            ? (settings.AccountSid!, twilio.Value.AuthToken!)
            : (settings.ApiKeySid, settings.ApiKeySecret!);
        var client = new TwilioRestClient(user, password, accountSid: settings.AccountSid, httpClient: new SystemNetHttpClient(httpClients.CreateClient(HttpClientName)));
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
