using KnowYourRights.Bot.Bots;
using KnowYourRights.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

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

    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, new WarningsOnlyLogger(logger))
    {
        _logger = logger;
        OnTurnError = OnErrorAsync;
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

    private async Task OnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        // No message text, ids or exception message at Error level: an exception's message can
        // quote the conversation's URL. The full exception is kept for Debug-level diagnosis.
        _logger.LogError("A bot turn failed ({ExceptionType}).", exception.GetType().FullName);
        _logger.LogDebug(exception, "A bot turn failed.");
        try
        {
            var language = Language.Detect(turnContext.Activity.Text ?? string.Empty);
            await turnContext.SendActivityAsync(MessageFactory.Text(BotTexts.Apology(language)));
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            // The channel is unreachable too; there is no one left to apologize to.
            _logger.LogWarning("Could not send the apology ({ExceptionType}).", sendFailure.GetType().FullName);
        }
    }
}
