using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// The SMS conversation around the bot, for channel <c>sms</c> on both adapters (Azure's Twilio
/// channel and the direct webhook), and for channel <c>whatsapp</c> (the direct webhook), where
/// only the layout differs (<see cref="ITextMessageFormat"/>). Before the bot: the carrier keywords (STOP and the rest,
/// START, HELP), MORE, and a number picking one of the last reply's choices. After it, on every
/// reply: typing indicators dropped (SMS has none), choices turned into numbered lines, the text
/// cut into pages of at most two segments (the first sent, the rest kept for MORE), folded to GSM-7
/// when <see cref="SmsOptions.FoldToGsm7"/> is on, and nothing
/// sent at all to a sender who has opted out.
/// </summary>
/// <remarks>
/// Per-sender state lives in <see cref="SmsSenderStore"/> under the sender key, which the adapter
/// (or <see cref="SmsSenderKeyMiddleware"/> on Azure's path) put in <c>from.id</c>; an activity
/// without one is dropped, so no state is ever keyed by a phone number. Nothing here logs text.
/// </remarks>
public sealed class SmsConversationMiddleware(
    SmsSenderStore store,
    IOptions<SmsOptions> options,
    ILogger<SmsConversationMiddleware> logger,
    IEnumerable<ITextMessageFormat>? formats = null) : IMiddleware
{
    /// <summary>The layout of each text channel this conversation serves: SMS, and WhatsApp when registered.</summary>
    private readonly IReadOnlyList<ITextMessageFormat> _formats = formats?.ToList() is { Count: > 0 } known ? known : [new SmsMessageFormat(options.Value.FoldToGsm7)];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var format = _formats.FirstOrDefault(f => string.Equals(activity.ChannelId, f.ChannelId, StringComparison.OrdinalIgnoreCase));
        if (format is null)
        {
            await next(cancellationToken);
            return;
        }
        var sender = activity.From?.Id;
        if (sender is null || !sender.StartsWith(SmsSenderKeys.Prefix, StringComparison.Ordinal))
        {
            logger.LogWarning("Dropped an SMS activity that carries no sender key.");
            return;
        }

        var isMessage = activity.Type == ActivityTypes.Message;
        var match = isMessage ? SmsKeywords.Parse(activity.Text) : default;
        turnContext.OnSendActivities((context, activities, nextSend) => SendAsPagesAsync(sender, format, activities, nextSend));
        if (store.IsStopped(sender))
        {
            // Silence until START (or Twilio's YES): not even a reply to other keywords, and no state kept.
            if (!isMessage || !(match.Keyword == SmsKeyword.Start || SmsKeywords.IsYes(activity.Text)))
            {
                return;
            }
            store.Start(sender);
            logger.LogInformation("An SMS sender opted back in.");
            match = new SmsKeywordMatch(SmsKeyword.Start);
        }

        var state = store.Touch(sender, Language.Detect(activity.Text ?? string.Empty));
        var language = match.Language ?? state.Language;

        switch (match.Keyword)
        {
            case SmsKeyword.Stop:
                await turnContext.SendActivityAsync(Text(SmsReplyTexts.Stopped(language), language), cancellationToken);
                store.Stop(sender);
                logger.LogInformation("An SMS sender opted out.");
                return;
            case SmsKeyword.Start:
                await WelcomeAsync(activity, language, next, cancellationToken);
                return;
            case SmsKeyword.Help:
                await turnContext.SendActivityAsync(Text(SmsReplyTexts.Help(language, options.Value.HelpContact), language), cancellationToken);
                return;
            case SmsKeyword.More:
                await MoreAsync(turnContext, sender, state, cancellationToken);
                return;
            case SmsKeyword.Choice when match.Choice >= 1 && match.Choice <= state.Choices.Count:
                // "2" asks the second question offered, exactly as a tap on a button would.
                activity.Text = state.Choices[match.Choice - 1];
                break;
        }
        await next(cancellationToken);
    }

    /// <summary>The bot's own welcome and topic menu, by asking it for the menu.</summary>
    private static Task WelcomeAsync(Activity activity, string language, NextDelegate next, CancellationToken cancellationToken)
    {
        // A word Bots.BotCommands reads as its help/menu command, in the sender's language.
        activity.Text = language == Language.Spanish ? "menú" : "menu";
        return next(cancellationToken);
    }

    private async Task MoreAsync(ITurnContext turnContext, string sender, SmsSenderState state, CancellationToken cancellationToken)
    {
        if (state.Pages.Count == 0)
        {
            await turnContext.SendActivityAsync(Text(SmsReplyTexts.NothingMore(state.Language), state.Language), cancellationToken);
            return;
        }
        // A page already fits and has no choices, so sending it replaces the state; put back the
        // pages after it and the reply's choices, which still stand.
        await turnContext.SendActivityAsync(Text(state.Pages[0], state.Language), cancellationToken);
        store.Set(sender, state with { Pages = state.Pages.Skip(1).ToList() });
    }

    /// <summary>Every reply of the turn, as SMS: pages and numbered choices, or nothing for an opted-out sender.</summary>
    private async Task<ResourceResponse[]> SendAsPagesAsync(string sender, ITextMessageFormat format, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        SmsSenderState? previous;
        var remember = true;
        try
        {
            if (store.IsStopped(sender))
            {
                activities.Clear();
                return [];
            }
            previous = store.Get(sender);
        }
        catch (SharedStateUnavailableException)
        {
            // Shared state is unreachable (the reply is then most likely the apology saying so):
            // the reply still goes out, its first page only, and nothing is kept for MORE.
            previous = null;
            remember = false;
        }
        activities.RemoveAll(a => a.Type != ActivityTypes.Message || string.IsNullOrEmpty(a.Text));
        if (activities.Count == 0)
        {
            return [];
        }
        var state = previous ?? new SmsSenderState([], [], Language.English);
        foreach (var activity in activities)
        {
            var language = activity.Locale?.StartsWith(Language.Spanish, StringComparison.OrdinalIgnoreCase) == true ? Language.Spanish : Language.English;
            // Shown by its title (a topic's short label), asked by its value (the topic's question).
            var actions = activity.SuggestedActions?.Actions?
                .Select(a => (Shown: a.Title ?? a.Value?.ToString(), Asked: a.Value?.ToString() ?? a.Title))
                .Where(a => !string.IsNullOrEmpty(a.Shown) && !string.IsNullOrEmpty(a.Asked))
                .ToList() ?? [];
            var choices = actions.Select(a => a.Asked!).ToList();
            // SMS pages of two segments (folded to GSM-7 when set), or WhatsApp's whole messages.
            var pages = format.Pages(activity.Text, actions.Select(a => a.Shown!).ToList(), language);
            activity.Text = pages[0];
            activity.TextFormat = TextFormatTypes.Plain;
            activity.SuggestedActions = null;
            state = new SmsSenderState(pages.Skip(1).ToList(), choices, language);
        }
        if (remember)
        {
            try
            {
                store.Set(sender, state);
            }
            catch (SharedStateUnavailableException)
            {
                logger.LogWarning("Could not keep an SMS sender's pages: shared state is unreachable.");
            }
        }
        return await next();
    }

    private static Activity Text(string text, string language)
    {
        var message = (Activity)MessageFactory.Text(text);
        message.Locale = language;
        return message;
    }
}
