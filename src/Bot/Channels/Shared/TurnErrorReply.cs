using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;

namespace KnowYourRights.Bot.Channels.Shared;

/// <summary>What every adapter does when a bot turn fails: log the exception's type only, and apologize in the user's language.</summary>
public static class TurnErrorReply
{
    public static async Task ApologizeAsync(ILogger logger, ITurnContext turnContext, Exception exception)
    {
        // No message text, ids or exception message at Error level: an exception's message can
        // quote the conversation's URL. The full exception is kept for Debug-level diagnosis.
        logger.LogError("A bot turn failed ({ExceptionType}).", exception.GetType().FullName);
        logger.LogDebug(exception, "A bot turn failed.");
        try
        {
            var language = Language.Detect(turnContext.Activity.Text ?? string.Empty);
            // Redis unreachable passes by itself (the connection comes back on its own): say so.
            var apology = exception is SharedStateUnavailableException ? BotReplyTexts.MemoryUnavailable(language) : BotReplyTexts.Apology(language);
            await turnContext.SendActivityAsync(MessageFactory.Text(apology));
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            // The channel is unreachable too; there is no one left to apologize to.
            logger.LogWarning("Could not send the apology ({ExceptionType}).", sendFailure.GetType().FullName);
        }
    }
}
