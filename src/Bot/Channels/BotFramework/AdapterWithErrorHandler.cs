using KnowYourRights.Bot.Channels.Shared;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace KnowYourRights.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Framework adapter for <c>POST /api/messages</c> (Azure Bot Service and the Bot
/// Framework Emulator), as in the BotBuilder samples: a <see cref="CloudAdapter"/> whose turn
/// errors are logged and answered with a short apology instead of silence.
/// It also splits authentication from the turn, so the endpoint can answer 401 for a token it
/// cannot verify instead of the 500 the SDK gives for some malformed headers.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    private readonly ILogger<AdapterWithErrorHandler> _logger;

    /// <param name="middleware">Bot middleware registered in DI, run in registration order (the SMS channel's, for Azure's Twilio channel).</param>
    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<AdapterWithErrorHandler> logger, IEnumerable<IMiddleware> middleware)
        : base(authentication, new WarningsOnlyLogger(logger))
    {
        _logger = logger;
        OnTurnError = (turnContext, exception) => TurnErrorReply.ApologizeAsync(_logger, turnContext, exception);
        foreach (var item in middleware)
        {
            Use(item);
        }
    }

    /// <summary>
    /// Checks the request's token (or, with no app id configured, its absence). Null when the
    /// request cannot be authenticated for any reason: a missing, malformed, expired or wrongly
    /// signed token, or signing keys that cannot be fetched to check it.
    /// </summary>
    public async Task<AuthenticateRequestResult?> AuthenticateAsync(Activity activity, string? authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await BotFrameworkAuthentication.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception type says enough to diagnose; its message can carry token details.
            _logger.LogWarning("Refused a Bot Framework request: its token could not be verified ({ExceptionType}).", exception.GetType().Name);
            return null;
        }
    }

    /// <summary>Runs the bot's turn for an authenticated activity; the invoke response, if the activity asked for one (invoke, expectReplies).</summary>
    public async Task<InvokeResponse?> ProcessAuthenticatedAsync(AuthenticateRequestResult authentication, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        await ProcessActivityAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);
}
