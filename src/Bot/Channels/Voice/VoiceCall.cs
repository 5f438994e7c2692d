using System.Diagnostics;
using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using Twilio.TwiML;
using Language = KnowYourRights.Knowledge.Text.Language;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// The call flow of the phone line, one step per request Twilio makes:
/// <list type="number">
/// <item>the call comes in: the greeting (general legal information, not legal advice, nothing
/// recorded), "para español, oprima 9", the numbered topic menu, "or say your question";</item>
/// <item>at the menu (<see cref="VoiceUrls.MenuStep"/>): a topic's digit says that card's answer,
/// a spoken question is asked through the same <see cref="AnswerService"/> as every channel (the
/// previous answer's card as its context), 9 switches the language, 0 says the menu again;</item>
/// <item>after an answer (<see cref="VoiceUrls.OptionsStep"/>): 1 the rest of it (a part each time), 2 its links by
/// text (offered when texting is configured and the caller's number is known; otherwise the
/// options say why not, and what to do instead), 3 another
/// question, 0 the menu; a "did you mean" numbers its choices instead; a decline names the
/// legal-help directories and offers their links.</item>
/// </list>
/// Silence gets "sorry, I did not hear that" and the step again, once; the second time, goodbye and
/// hang up. A key the step does not use is said to be off the menu, and the step repeats. The words
/// are <see cref="VoicePrompts"/>' and <see cref="SpokenAnswerRenderer"/>'s; this class only
/// decides which come next.
/// </summary>
public sealed class VoiceCall(
    AnswerService answers,
    TopicMenu topics,
    KnowledgeIndex index,
    SpokenAnswerRenderer spoken,
    VoiceCallStore calls,
    VoiceLinkTexter texter,
    QuestionRecorder recorder,
    VoiceUrls urls)
{
    /// <summary>Silences in a row that end the call.</summary>
    public const int MaxSilences = 2;

    /// <summary>The call comes in: the greeting and the menu, in English.</summary>
    public VoiceResponse Start(VoiceCallRequest call)
    {
        var state = new VoiceCallState(Language.English);
        calls.Set(call.CallSid, state);
        return Menu(state, greet: true);
    }

    /// <summary>The answer to the topic menu (or to "say your question").</summary>
    public VoiceResponse AtMenu(VoiceCallRequest call)
    {
        var state = calls.Get(call.CallSid) ?? new VoiceCallState(Language.English);
        if (call.IsSilent)
        {
            return Silence(call, state, again => Menu(again, greet: false, VoicePrompts.NotHeard(again.Language)));
        }
        if (call.Speech.Length > 0 && call.Digits.Length == 0)
        {
            return Ask(call, state, call.Speech);
        }
        var topic = TopicChoices(state.Language).FirstOrDefault(c => Key(c.Digit) == call.Digits);
        return call.Digits switch
        {
            VoiceKeys.OtherLanguage => SwitchLanguage(call, state),
            VoiceKeys.Menu => Menu(Keep(call, state.AtMenu()), greet: false),
            _ when topic is not null => Pick(call, state, topic),
            _ => Menu(Keep(call, state with { Silences = 0 }), greet: false, VoicePrompts.NotOnMenu(state.Language)),
        };
    }

    /// <summary>The answer to an answer's options (or to a "did you mean").</summary>
    public async Task<VoiceResponse> AfterAnswerAsync(VoiceCallRequest call)
    {
        if (calls.Get(call.CallSid) is not { } state)
        {
            // The call's state is gone (expired, or another instance's memory): back to the menu.
            return Menu(Keep(call, new VoiceCallState(Language.English)), greet: false);
        }
        if (call.IsSilent)
        {
            return Silence(call, state, again => Options(call, again, VoicePrompts.NotHeard(again.Language)));
        }
        if (call.Speech.Length > 0 && call.Digits.Length == 0)
        {
            return Ask(call, state, call.Speech);
        }
        state = state with { Silences = 0 };
        var language = state.Language;
        if (state.DidYouMean.FirstOrDefault(c => Key(c.Digit) == call.Digits) is { } choice)
        {
            return Pick(call, state, choice);
        }
        if (call.Digits == VoiceKeys.More && state.Transfer is { } hotline)
        {
            // Enforcement happening now: put through to the hotline; this line's part of the call is over.
            calls.Forget(call.CallSid);
            return VoiceTwiml.Connect(hotline, language, [VoicePrompts.Connecting(language)]);
        }
        switch (call.Digits)
        {
            case VoiceKeys.OtherLanguage:
                return SwitchLanguage(call, state);
            case VoiceKeys.Menu:
                return Menu(Keep(call, state.AtMenu()), greet: false);
            case VoiceKeys.More when state.DidYouMean.Count == 0 && !state.Declined:
                if (!state.HasMore)
                {
                    return Options(call, Keep(call, state), VoicePrompts.NothingMore(language));
                }
                var heard = Keep(call, state with { MoreHeard = state.MoreHeard + 1 });
                return Options(call, heard, state.NextMore());
            case VoiceKeys.TextLinks when state.DidYouMean.Count == 0 && state.Links is not null && texter.CanText(call.Caller):
                var sent = await texter.SendAsync(call.Caller, call.Called, state.Links);
                return Options(call, Keep(call, state), sent ? VoicePrompts.LinksSent(language) : VoicePrompts.TextingUnavailable(language));
            case VoiceKeys.TextLinks when state.DidYouMean.Count == 0 && state.Links is not null:
                // Texting is off, or this caller cannot get texts: say why, never "not on the menu".
                return Options(call, Keep(call, state), texter.WithoutTexting(language) ?? VoicePrompts.TextingUnavailable(language));
            case VoiceKeys.AnotherQuestion when state.DidYouMean.Count == 0:
                // The menu's step takes the question, with this answer's card as its context.
                Keep(call, state);
                return VoiceTwiml.Listen(urls.Step(VoiceUrls.MenuStep), language, Hints(language), [VoicePrompts.AskAnotherQuestion(language)]);
            default:
                return Options(call, Keep(call, state), VoicePrompts.NotOnMenu(language));
        }
    }

    /// <summary>The call has ended (Twilio's status callback, or the goodbye): its state goes at once.</summary>
    public void End(string callSid) => calls.Forget(callSid);

    /// <summary>A numbered topic or choice: its card's answer, as the card gives it (or its question asked, for a choice that is not a card).</summary>
    private VoiceResponse Pick(VoiceCallRequest call, VoiceCallState state, SpokenChoice choice)
    {
        var started = Stopwatch.GetTimestamp();
        return choice.CardId is { } cardId && answers.ForCard(cardId, state.Language) is { } answer
            ? Answer(call, state, Recorded(answer, started))
            : Ask(call, state, choice.Question);
    }

    /// <summary>Asks a question, with the previous answer's card as context; the question itself is never kept.</summary>
    private VoiceResponse Ask(VoiceCallRequest call, VoiceCallState state, string question)
    {
        if (answers.Validate(question) is not null)
        {
            return Silence(call, state, again => Menu(again, greet: false, VoicePrompts.NotHeard(again.Language)));
        }
        var started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(question, state.CardId);
        if (answer.CardId is { } cardId && answer.Kind == AnswerKinds.Card && VoiceLanguages.Normalize(answer.Language) != state.Language)
        {
            // A short question can read as the other language; the call stays in its own.
            answer = answers.ForCard(cardId, state.Language) ?? answer;
        }
        return Answer(call, state, Recorded(answer, started));
    }

    /// <summary>Counted in the metrics and insights as channel "voice", never with its text.</summary>
    private Answer Recorded(Answer answer, long started)
    {
        recorder.Record(answer, InsightsChannels.Voice, Stopwatch.GetElapsedTime(started), keepText: false);
        return answer;
    }

    /// <summary>Says an answer's opening, then its options.</summary>
    private VoiceResponse Answer(VoiceCallRequest call, VoiceCallState state, Answer answer)
    {
        var said = spoken.Render(answer);
        var next = Keep(call, new VoiceCallState(
            state.Language,
            CardId: answer.Topic ?? state.CardId,
            // Said a part at a time, each under a minute (a long answer on the phone loses the caller).
            More: said.MoreParts.Count > 0 ? said.MoreParts : said.More is { } more ? [more] : [],
            Choices: said.Choices,
            Declined: said.Declined,
            Links: said.Choices.Count == 0 ? texter.LinksFor(answer) : null,
            Transfer: answer.Kind == AnswerKinds.Urgent ? answer.Hotline?.Phone : null));
        return Options(call, next, new VoiceLine(said.Opening, said.Language));
    }

    /// <summary>Says <paramref name="before"/>, then what the caller can do after this answer, and listens.</summary>
    private VoiceResponse Options(VoiceCallRequest call, VoiceCallState state, params VoiceLine[] before)
    {
        var language = state.Language;
        var canText = state.Links is not null && texter.CanText(call.Caller);
        // Links this caller cannot get by text: option 2 says why (and what to do instead) rather than vanish.
        var withoutTexting = state.Links is not null && !canText ? texter.WithoutTexting(language) : null;
        IEnumerable<VoiceLine> options = state.DidYouMean.Count > 0
            ? [VoicePrompts.Choices(language, state.DidYouMean), VoicePrompts.NoneOfThese(language)]
            : state.Declined
                ? [canText ? VoicePrompts.OfferLegalHelpLinks(language) : withoutTexting ?? string.Empty, VoicePrompts.AfterAnswer(language, canHearMore: false, canTextLinks: false)]
                : [VoicePrompts.AfterAnswer(language, state.HasMore, canText, withoutTexting)];
        return VoiceTwiml.Listen(urls.Step(VoiceUrls.OptionsStep), language, Hints(language), before.Concat(options));
    }

    /// <summary>The topic menu (after the greeting when <paramref name="greet"/>), and listens.</summary>
    private VoiceResponse Menu(VoiceCallState state, bool greet, params VoiceLine[] before)
    {
        var language = state.Language;
        var lines = new List<VoiceLine>(before);
        if (greet)
        {
            lines.Add(VoicePrompts.Greeting(language));
        }
        lines.Add(new VoiceLine(VoicePrompts.LanguageOffer(language), VoiceLanguages.Other(language)));
        lines.Add(VoicePrompts.TopicMenu(language, TopicChoices(language)));
        return VoiceTwiml.Listen(urls.Step(VoiceUrls.MenuStep), language, Hints(language), lines);
    }

    /// <summary>9: the call goes on in the other language, from its greeting (which the caller may not have understood).</summary>
    private VoiceResponse SwitchLanguage(VoiceCallRequest call, VoiceCallState state) =>
        Menu(Keep(call, new VoiceCallState(VoiceLanguages.Other(state.Language))), greet: true);

    /// <summary>Nothing heard: the step again, once; the second time, goodbye.</summary>
    private VoiceResponse Silence(VoiceCallRequest call, VoiceCallState state, Func<VoiceCallState, VoiceResponse> again)
    {
        var silent = state with { Silences = state.Silences + 1 };
        if (silent.Silences >= MaxSilences)
        {
            End(call.CallSid);
            return VoiceTwiml.End(state.Language, [VoicePrompts.NotHeard(state.Language), VoicePrompts.Goodbye(state.Language)]);
        }
        return again(Keep(call, silent));
    }

    private VoiceCallState Keep(VoiceCallRequest call, VoiceCallState state)
    {
        calls.Set(call.CallSid, state);
        return state;
    }

    private IReadOnlyList<SpokenChoice> TopicChoices(string language) => SpokenChoice.Numbered(topics.Choices(language), language);

    private string Hints(string language) => VoiceSpeechHints.For(language, index.Current);

    private static string Key(int digit) => digit.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
