using KnowYourRights.Bot.Channels.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace KnowYourRights.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework channel endpoint (Azure Bot Service, the Emulator).
/// Does what <see cref="CloudAdapter.ProcessAsync"/> does, with the answers the SDK does not give:
/// 413 for an oversized body, 400 for a body that is not an activity, 401 for any token that
/// cannot be verified (never a 500), and, with no app id configured, 403 for anything but a
/// loopback caller with a loopback <c>serviceUrl</c> (see <see cref="LoopbackAccess"/>).
/// </summary>
public static class BotMessagesEndpoint
{
    /// <summary>The configuration key the SDK reads the bot's app id from; empty means "no authentication".</summary>
    public const string AppIdKey = "MicrosoftAppId";

    public static async Task<Results<Ok, ContentHttpResult, ProblemHttpResult>> HandleAsync(
        HttpContext http,
        AdapterWithErrorHandler adapter,
        IBot bot,
        IConfiguration configuration,
        IOptions<BotEndpointOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint));
        var cancellationToken = http.RequestAborted;
        var emulatorOnly = string.IsNullOrWhiteSpace(configuration[AppIdKey]);

        // Refuse strangers before reading anything they send.
        if (emulatorOnly && !LoopbackAccess.IsLoopback(http.Connection.RemoteIpAddress))
        {
            return Refuse(logger, StatusCodes.Status403Forbidden, "No MicrosoftAppId is configured, so only the Bot Framework Emulator on this machine may call this endpoint.");
        }

        var body = await RequestBody.ReadAsync(http.Request, options.Value.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return Refuse(logger, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {options.Value.MaxRequestBytes} bytes.");
        }

        var activity = Parse(body);
        if (activity is null)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "The body is not a Bot Framework activity.");
        }

        if (emulatorOnly && !LoopbackAccess.IsLoopbackServiceUrl(activity.ServiceUrl))
        {
            return Refuse(logger, StatusCodes.Status403Forbidden, "No MicrosoftAppId is configured, so replies go only to a loopback serviceUrl (the Emulator).");
        }

        var authentication = await adapter.AuthenticateAsync(activity, http.Request.Headers.Authorization.ToString(), cancellationToken);
        if (authentication is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The request's token could not be verified.");
        }

        var invokeResponse = await adapter.ProcessAuthenticatedAsync(authentication, activity, bot, cancellationToken);
        if (invokeResponse is null)
        {
            return TypedResults.Ok();
        }
        var json = invokeResponse.Body is null ? string.Empty : JsonConvert.SerializeObject(invokeResponse.Body, HttpHelper.BotMessageSerializerSettings);
        return TypedResults.Content(json, "application/json", statusCode: invokeResponse.Status);
    }

    /// <summary>The activity in a JSON body, or null when it is not JSON, not an object, or has no type.</summary>
    private static Activity? Parse(byte[] body)
    {
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            var activity = JsonConvert.DeserializeObject<Activity>(text, HttpHelper.BotMessageSerializerSettings);
            return string.IsNullOrWhiteSpace(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProblemHttpResult Refuse(ILogger logger, int status, string reason)
    {
        // The reason only: no caller address, ids or content.
        logger.LogWarning("Refused a Bot Framework request with {Status}.", status);
        return TypedResults.Problem(statusCode: status, detail: reason);
    }
}
