using KnowYourRights.Bot.Hosting;
using System.Diagnostics;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Web.Outreach;
using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.Knowledge.Sources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// The simple pages: <c>/paper</c>, <c>/sources</c>, <c>/topics</c>, <c>/topics/{cardId}</c>,
/// <c>/topics/287g-local</c> (ICE's 287(g) list by state) and <c>/ask?q=</c>, each in English or, with <c>?lang=es</c>, Spanish. Written on the server, with
/// no script and nothing from another site (see <see cref="HtmlDocument.NoScriptPolicy"/>).
/// </summary>
public static class PagesApi
{
    private const string Html = "text/html; charset=utf-8";

    /// <summary><c>/paper</c>, <c>/sources</c>, <c>/topics</c>, <c>/topics/{cardId}</c> and <c>/ask</c>.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/paper", HttpMethodsGetHead.Both, Paper);
        app.MapMethods("/sources", HttpMethodsGetHead.Both, Sources);
        app.MapMethods("/topics", HttpMethodsGetHead.Both, Topics);
        app.MapMethods("/topics/{cardId}", HttpMethodsGetHead.Both, Topic);
        app.MapMethods(LocalAgreementsPage.Path, HttpMethodsGetHead.Both, LocalAgreements);
        app.MapMethods(LocalAgreementsPage.Path + "/{state}", HttpMethodsGetHead.Both, LocalAgreementsInState);
        app.MapMethods("/ask", HttpMethodsGetHead.Both, Ask).RequireRateLimiting(RateLimitPolicies.AskPage);
        return app;
    }

    /// <summary><c>GET /paper</c>: the paper, every paragraph under its passage id.</summary>
    public static ContentHttpResult Paper(string? lang, HttpResponse response, PaperDocument paper, KnowledgeIndex index) =>
        Page(response, PaperPage.Render(paper.Paper, index.Current.Manifest, PageTexts.For(lang)));

    /// <summary><c>GET /sources</c>: every source, and how the last refresh left it.</summary>
    public static ContentHttpResult Sources(string? lang, HttpResponse response, KnowledgeIndex index)
    {
        var snapshot = index.Current;
        var refresh = IndexRefresher.ReadReport(index.Store, snapshot.Version);
        return Page(response, SourcesPage.Render(snapshot.Manifest, refresh, new SourceCache(index.Store.DataPath), PageTexts.For(lang)));
    }

    /// <summary><c>GET /topics</c>: every card's question as a link, under the menu's subjects, the most-asked first.</summary>
    internal static ContentHttpResult Topics(string? lang, HttpResponse response, KnowledgeIndex index, IOptions<AnswerOptions> options, TopicPopularity popularity) =>
        Page(response, TopicsPage.Render(index.Current.Cards, options.Value.MenuTopics, popularity.Counts(), PageTexts.For(lang)));

    /// <summary><c>GET /topics/{cardId}</c>: one card's answer; 404 with the list's link for an unknown id.</summary>
    public static ContentHttpResult Topic(string cardId, string? lang, HttpRequest request, HttpResponse response, AnswerService answers, PublicLinks links, IOptions<OutreachOptions> outreach, TimeProvider time)
    {
        var t = PageTexts.For(lang);
        if (answers.ForCard(cardId, t.Language) is not { } answer)
        {
            return Page(response, TopicPage.NotFound(t), StatusCodes.Status404NotFound);
        }
        var id = Uri.EscapeDataString(answer.CardId!);
        var url = links.To(request, "topics/" + id + t.Query);
        // A QR code only with a configured public address: never one of an address taken from the request.
        var qr = links.ConfiguredBaseUrl is null ? null : $"/outreach/qr.svg?topic={id}&link=page";
        var foot = PrintContact.Render(t, links.BaseUrl(request), outreach.Value, qr);
        return Page(response, TopicPage.Render(answer, t, url, Today(time), foot, outreach.Value.WhatsAppNumber));
    }

    /// <summary><c>GET /topics/287g-local</c>: ICE's 287(g) list by state, with its date.</summary>
    public static ContentHttpResult LocalAgreements(string? lang, HttpResponse response, KnowledgeIndex index, IOptions<Local287gOptions> options, TimeProvider time)
    {
        var list = index.Current.Agreements;
        return Page(response, LocalAgreementsPage.Render(list, options.Value.IsStale(list.AsOf, time.GetUtcNow()), PageTexts.For(lang)));
    }

    /// <summary><c>GET /topics/287g-local/{state}</c>: one state's agencies by county; 404 for anything but a state's postal code.</summary>
    public static ContentHttpResult LocalAgreementsInState(string state, string? lang, HttpResponse response, KnowledgeIndex index, IOptions<Local287gOptions> options, TimeProvider time)
    {
        var t = PageTexts.For(lang);
        if (state.Length != 2 || UsStates.FromCode(state) is not { } found)
        {
            return Page(response, LocalAgreementsPage.NotFound(t), StatusCodes.Status404NotFound);
        }
        var list = index.Current.Agreements;
        return Page(response, LocalAgreementsPage.RenderState(list, found, options.Value.IsStale(list.AsOf, time.GetUtcNow()), t));
    }

    /// <summary>
    /// <c>GET /ask?q=</c>: the form, or the answer to <c>q</c>; 400 with the form and a plain message
    /// for an empty or over-long question. <c>after</c> is the card shown before (a follow-up's context).
    /// </summary>
    public static ContentHttpResult Ask(string? q, string? lang, string? after, HttpResponse response, AnswerService answers, KnowledgeIndex index, QuestionRecorder recorder, FeedbackTickets feedback, TimeProvider time)
    {
        // The question is in the address: never keep the page in a cache.
        response.Headers.CacheControl = "no-store";
        if (q is null)
        {
            return Page(response, AskPage.Form(PageTexts.For(lang)));
        }
        if (answers.Validate(q) is not null)
        {
            var t = PageTexts.For(lang);
            var problem = string.IsNullOrWhiteSpace(q) ? t.EmptyQuestion : t.LongQuestion(answers.MaxQuestionLength);
            return Page(response, AskPage.Form(t, problem), StatusCodes.Status400BadRequest);
        }
        // The context kept is a card's id or the place an answer from ICE's 287(g) list was about, nothing else.
        var previous = after is null ? null
            : index.Current.Cards.TryGet(after, out var card) ? card.Id
            : PlaceContext.Parse(after)?.ToString();
        var started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(q, previous);
        recorder.Record(answer, InsightsChannels.Page, Stopwatch.GetElapsedTime(started));
        return Page(response, AskPage.Answered(answer, PageTexts.For(lang ?? answer.Language), Today(time), feedback.Issue(answer)));
    }

    /// <summary>Today where the app runs: what a card's review is due against.</summary>
    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private static ContentHttpResult Page(HttpResponse response, string html, int status = StatusCodes.Status200OK)
    {
        HtmlDocument.SetHeaders(response, HtmlDocument.NoScriptPolicy);
        return TypedResults.Content(html, Html, statusCode: status);
    }
}
