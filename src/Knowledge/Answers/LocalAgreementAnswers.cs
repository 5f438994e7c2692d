using System.Globalization;
using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Answers "does my sheriff work with ICE?" for a named place from ICE's own list of 287(g)
/// agreements (the version's <see cref="KnowledgeSnapshot.Agreements"/>): the matching agencies
/// with their models and signed dates, or "the list as of &lt;date&gt; does not show it" (never "it
/// does not work with ICE"), pending agencies, "which state?" for a name in several states, and a
/// state's count. Only questions that name a place (or mean one the conversation gave) and ask
/// about 287(g) or working with ICE come here; everything else goes on to the cards.
/// </summary>
internal sealed class LocalAgreementAnswers(Local287gOptions options, TimeProvider time)
{
    /// <summary>A message this short that names only a place is read as asking about it.</summary>
    private const int PlaceOnlyMaxWords = 6;

    /// <summary>Agencies listed in full in one answer; the rest are counted.</summary>
    private const int MaxAgenciesShown = 6;

    /// <summary>Room the SMS channel needs after the summary in its first message ("Reply MORE for the full answer.").</summary>
    private const int SmsPromptReserve = 45;

    /// <summary>The paper's card on each model: the follow-up that says what it means.</summary>
    private static readonly IReadOnlyDictionary<string, string> ModelCards = new Dictionary<string, string>
    {
        [AgreementModels.JailEnforcement] = "jail-model",
        [AgreementModels.WarrantServiceOfficer] = "warrant-service-officers",
        [AgreementModels.TaskForce] = PlaceContext.TopicCard,
    };

    /// <summary>The answer from ICE's list, or null when the question is not one for it.</summary>
    /// <param name="text">The message, personal details removed.</param>
    /// <param name="previous">What the conversation's previous answer left (a card id or a <see cref="PlaceContext"/>).</param>
    public Answer? TryAnswer(string text, string language, KnowledgeSnapshot snapshot, string? previous)
    {
        var list = snapshot.Agreements;
        if (list.Participating.Count == 0)
        {
            return null;
        }
        var question = PlaceFinder.Read(text);
        var normalized = question.Normalized;
        if (LocalAgreementQuestion.AboutSomethingElse(normalized, list.AsOf.Year))
        {
            return null;
        }
        var context = PlaceContext.Parse(previous);
        var asks = LocalAgreementQuestion.Names287g(normalized) || LocalAgreementQuestion.AsksAboutWorkWithIce(normalized);
        var words = ReadingGrade.CountWords(text);
        var lookup = AgreementLookup.Find(question, list, context?.State);

        switch (lookup)
        {
            case PlaceLookup.StateOnly state when context is { Place: { } place } && question.Places.Count == 0 && !question.OwnPlace:
                // "Oregon", after "which state do you mean?": the place asked about, in that state.
                lookup = AgreementLookup.Find(new PlaceQuestion(question.States, [new PlacePhrase([place], context.Kind, Cued: true)], false, place), list) ?? state;
                break;
            case PlaceLookup.StateOnly when question.OwnPlace && context is { Place: { } place } && question.States.Count == 0:
                // "and my county?" after an answer about Gaston County: that county again.
                lookup = AgreementLookup.Find(new PlaceQuestion([], [new PlacePhrase([place], context.Kind, Cued: true)], false, place), list, context.State);
                break;
            case null when context is not null && question.OwnPlace && context.Place is { } place:
                lookup = AgreementLookup.Find(new PlaceQuestion([], [new PlacePhrase([place], context.Kind, Cued: true)], false, place), list, context.State);
                break;
            case null when context is { State: { } known, Place: null } && question.OwnPlace:
                // "does my county work with ICE?" after a state's count: that state, and which county.
                lookup = new PlaceLookup.StateOnly(known);
                break;
            case null when context is not null && words <= 4 && AgreementLookup.FindBare(normalized, list, context.State) is PlaceLookup.Listed bare:
                // "Durham", "what about wake?" while the conversation is on a place's 287(g).
                lookup = bare;
                break;
        }

        var take = lookup switch
        {
            null => false,
            PlaceLookup.StateOnly => asks && !question.OwnPlace || (context is not null && question.States.Count > 0 && words <= PlaceOnlyMaxWords) || (asks && question.OwnPlace),
            _ => asks || context is not null || (words <= PlaceOnlyMaxWords && (question.Places.Any(p => p.Cued) || lookup is PlaceLookup.Listed)),
        };
        var stateGiven = question.States.Count > 0 || context?.State is not null;
        return take ? Compose(lookup!, language, snapshot, askPlace: question.OwnPlace && lookup is PlaceLookup.StateOnly, stateGiven) : null;
    }

    /// <param name="stateGiven">False when the state comes from the list alone ("Mecklenburg County" is on it only in Virginia): the reply says so.</param>
    private Answer Compose(PlaceLookup lookup, string language, KnowledgeSnapshot snapshot, bool askPlace, bool stateGiven)
    {
        var list = snapshot.Agreements;
        var url = list.PageUrl ?? (snapshot.Manifest.TryGet(AgreementSeeds.SourceId, out var page) ? page.Url : null) ?? AgreementSeeds.DefaultPageUrl;
        var stale = options.IsStale(list.AsOf, time.GetUtcNow());
        var asOf = LocalAgreementTexts.ListAsOf(list.AsOf, language);
        var iso = list.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = new List<string>();
        string summary;
        LocalAgreementFacts facts;
        PlaceContext context;
        IEnumerable<string> models = [];

        switch (lookup)
        {
            case PlaceLookup.Listed listed:
            {
                var place = LocalAgreementTexts.PlaceName(listed.Places[0].Display, listed.State);
                var signed = Agencies(listed.Signed);
                var pending = Agencies(listed.Pending);
                if (signed.Count > 0)
                {
                    lines.Add(string.Format(CultureInfo.InvariantCulture, LocalAgreementTexts.Shows(place, language), asOf));
                    lines.AddRange(signed.Take(MaxAgenciesShown).Select(a => "- " + a.Agency + ": " + string.Join("; ", a.Models.Select(m => LocalAgreementTexts.Signed(m.Model, ParseDate(m.Signed), language))) + "."));
                    if (signed.Count > MaxAgenciesShown)
                    {
                        lines.Add(LocalAgreementTexts.More(signed.Count - MaxAgenciesShown, language));
                    }
                    if (pending.Count > 0)
                    {
                        lines.Add(LocalAgreementTexts.PendingLead(language));
                        lines.AddRange(pending.Select(a => "- " + a.Agency + ": " + string.Join("; ", a.Models.Select(m => AgreementModels.Name(m.Model, language))) + "."));
                    }
                    if (!stateGiven)
                    {
                        lines.Add(LocalAgreementTexts.OnlyState(listed.Places[0].Display, listed.State, language));
                    }
                    lines.Add(LocalAgreementTexts.WhatItMeans(language));
                    summary = Fit(
                        (agenciesShown, withDates) => LocalAgreementTexts.SummaryYes(place, Short(signed, agenciesShown, withDates, language), list.AsOf, language),
                        signed.Count, stale, language);
                }
                else
                {
                    lines.Add(LocalAgreementTexts.PendingOnly(asOf, place, language));
                    lines.AddRange(pending.Select(a => "- " + a.Agency + ": " + string.Join("; ", a.Models.Select(m => AgreementModels.Name(m.Model, language))) + "."));
                    lines.Add(LocalAgreementTexts.OnlyThisList(language));
                    summary = Fit(
                        (agenciesShown, _) => LocalAgreementTexts.SummaryPending(place, Short(pending, agenciesShown, false, language), list.AsOf, language),
                        pending.Count, stale, language);
                }
                models = listed.Signed.Concat(listed.Pending).Select(a => a.Model);
                facts = new LocalAgreementFacts(signed.Count > 0 ? LocalAgreementOutcomes.Listed : LocalAgreementOutcomes.Pending, iso, url, stale, listed.State, listed.Places[0].Display)
                {
                    Agencies = signed, Pending = pending,
                };
                context = new PlaceContext(listed.State, listed.Places[0].Kind == PlaceKind.City ? PlaceKind.City : PlaceKind.County, listed.Places[0].Name);
                break;
            }
            case PlaceLookup.NotListed missing:
            {
                var name = LocalAgreementTexts.UnlistedName(missing.Name, missing.Kind, language);
                var place = LocalAgreementTexts.PlaceName(name, missing.State);
                lines.Add(LocalAgreementTexts.NotShown(asOf, place, language));
                lines.Add(LocalAgreementTexts.OnlyThisList(language));
                summary = Fit((_, _) => LocalAgreementTexts.SummaryNotShown(place, list.AsOf, language), 0, stale, language);
                facts = new LocalAgreementFacts(LocalAgreementOutcomes.NotListed, iso, url, stale, missing.State, name);
                context = new PlaceContext(missing.State, missing.Kind, missing.Name);
                break;
            }
            case PlaceLookup.Ambiguous ambiguous:
            {
                var display = ambiguous.Kind == PlaceKind.County ? LocalAgreementTexts.UnlistedName(ambiguous.Name, PlaceKind.County, language) : ambiguous.Display;
                lines.Add(LocalAgreementTexts.WhichState(display, ambiguous.States, language));
                summary = Fit((_, _) => lines[0], 0, stale: false, language);
                facts = new LocalAgreementFacts(LocalAgreementOutcomes.Ambiguous, iso, url, stale, null, display) { States = ambiguous.States };
                context = new PlaceContext(null, ambiguous.Kind, ambiguous.Name);
                break;
            }
            case PlaceLookup.StateOnly only:
            {
                var state = UsStates.FromCode(only.State)!;
                var rows = list.Participating.Where(a => a.State == only.State).ToList();
                var counts = new StateAgreementCounts(
                    rows.Select(a => a.Agency).Distinct().Count(), rows.Count,
                    AgreementModels.All.ToDictionary(m => m, m => rows.Count(a => a.Model == m)),
                    list.Pending.Where(a => a.State == only.State).Select(a => a.Agency).Distinct().Count());
                lines.Add(LocalAgreementTexts.StateCount(asOf, state, counts, language));
                if (counts.PendingAgencies > 0)
                {
                    lines.Add(LocalAgreementTexts.PendingCount(counts.PendingAgencies, language));
                }
                if (counts.Agencies == 0)
                {
                    lines.Add(LocalAgreementTexts.OnlyThisList(language));
                }
                if (askPlace)
                {
                    lines.Add(LocalAgreementTexts.AskPlace(language));
                }
                summary = Fit((_, _) => LocalAgreementTexts.SummaryState(state, counts, list.AsOf, ShortModel, language), 0, stale, language);
                models = rows.Select(a => a.Model);
                facts = new LocalAgreementFacts(LocalAgreementOutcomes.State, iso, url, stale, only.State, null) { StateCounts = counts };
                context = new PlaceContext(only.State, PlaceKind.Any, null);
                break;
            }
            default:
                throw new InvalidOperationException($"Unknown lookup {lookup.GetType().Name}.");
        }
        lines.Add(LocalAgreementTexts.SeeList(url, language));
        if (stale)
        {
            lines.Add(LocalAgreementTexts.Stale(language));
        }

        var text = string.Join("\n", lines);
        var source = snapshot.Manifest.TryGet(AgreementSeeds.SourceId, out var found) ? found : null;
        var citation = new AnswerCitation(1, AgreementSeeds.SourceId, source?.Title ?? "Delegation of Immigration Authority Section 287(g)", url, source?.Publisher ?? "ICE", iso);
        var followUps = models.Distinct().Select(m => ModelCards[m]).Prepend(PlaceContext.TopicCard).Distinct()
            .Select(id => snapshot.Cards.TryGet(id, out var card) ? AnswerChoice.For(card, language) : null).OfType<AnswerChoice>().Take(3).ToList();
        return new Answer
        {
            Question = string.Empty,
            // "Which state?" is answered too: it says where the list has the name, and the conversation keeps it for the reply.
            Answered = true,
            Kind = AnswerKinds.Local287g,
            Text = text,
            Summary = summary,
            Citations = [citation],
            AsOf = iso,
            Confidence = 1,
            Notice = ReplyTexts.Notice(language),
            Language = language,
            FollowUps = followUps,
            ReadingGrade = AnswerBuilder.Grade(text),
            Local287g = facts,
            Context = context.ToString(),
        };
    }

    /// <summary>The summary in at most two SMS segments with room for the channel's prompt: fewer agencies, then no dates, then Spanish without accents.</summary>
    private static string Fit(Func<int, bool, string> compose, int agencies, bool stale, string language)
    {
        var budget = (2 * SmsSegments.Gsm7Concatenated) - SmsPromptReserve;
        string? last = null;
        foreach (var fold in new[] { false, true })
        {
            foreach (var withDates in new[] { true, false })
            {
                for (var shown = Math.Min(agencies, 3); shown >= Math.Min(agencies, 1); shown--)
                {
                    var text = compose(shown, withDates) + (stale ? LocalAgreementTexts.SummaryStale(language) : string.Empty);
                    text = fold ? Accents.Fold(text).Replace('¿', ' ').Replace('¡', ' ').Trim() : text;
                    last = text;
                    var limit = SmsSegments.EncodingOf(text) == SmsEncoding.Gsm7 ? budget : (2 * SmsSegments.Ucs2Concatenated) - SmsPromptReserve;
                    if (SmsSegments.Length(text) <= limit)
                    {
                        return text;
                    }
                }
            }
        }
        return last!;
    }

    private static string Short(IReadOnlyList<MatchedAgency> agencies, int shown, bool withDates, string language)
    {
        var parts = agencies.Take(Math.Max(shown, 1)).Select(a => a.Agency + " (" + string.Join(", ", a.Models.Select(m =>
            ShortModel(m.Model) + (withDates && ParseDate(m.Signed) is { } date ? " " + LocalAgreementTexts.Month(date, language) : string.Empty))) + ")");
        var more = agencies.Count - Math.Max(shown, 1);
        return string.Join("; ", parts) + (more > 0 ? (language == Language.Spanish ? $"; +{more} más" : $"; +{more} more") : string.Empty);
    }

    private static string ShortModel(string model) => model switch
    {
        AgreementModels.JailEnforcement => "jail model",
        AgreementModels.WarrantServiceOfficer => "warrant officer",
        AgreementModels.TaskForce => "task force",
        _ => model,
    };

    /// <summary>The place's agencies, sheriff (county) first, each with its models.</summary>
    private static List<MatchedAgency> Agencies(IReadOnlyList<AgencyAgreement> rows) => rows
        .GroupBy(a => (a.State, a.Agency))
        .Select(g => new MatchedAgency(g.Key.Agency.Trim(), g.Key.State, g.First().County, g.First().Type,
            g.OrderBy(a => a.Signed).Select(a => new MatchedModel(a.Model, a.Signed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList()))
        .OrderBy(a => a.Type.StartsWith("County", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
        .ThenBy(a => a.Agency, StringComparer.Ordinal)
        .ToList();

    private static DateOnly? ParseDate(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
