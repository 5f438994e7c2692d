using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Web.Security;
using Microsoft.AspNetCore.Http.Features;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// <c>/ask/feedback</c>: the <c>/ask</c> page's "was this helpful?" (<see cref="AskFeedbackForm"/>).
/// A POST is counted (channel <c>page</c>) and answered 303 to the thank-you page, so a reload
/// never votes twice; a post from another site is refused 403, a missing vote or a ticket that is
/// not ours, altered or expired 400 with a plain page, and nothing is kept for any of them.
/// </summary>
public static class AskFeedbackApi
{
    /// <summary>Far more than the form's two short fields and a ticket.</summary>
    private const long MaxBody = 16 * 1024;

    public static IEndpointRouteBuilder MapAskFeedback(this IEndpointRouteBuilder app)
    {
        // An HTML form for people, not part of the HTTP API's OpenAPI document. Its CSRF defence
        // is CrossSiteForms: the antiforgery cookie stays on /admin.
        app.MapPost(AskFeedbackForm.Action, VoteAsync).DisableAntiforgery().RequireRateLimiting(RateLimitPolicies.AskFeedback).ExcludeFromDescription();
        app.MapMethods(AskFeedbackForm.Action, HttpMethodsGetHead.Both, Thanks).ExcludeFromDescription();
        return app;
    }

    /// <summary><c>POST /ask/feedback</c> (form fields <c>vote</c>, <c>ticket</c>, <c>lang</c>).</summary>
    public static async Task<IResult> VoteAsync(HttpContext context, FeedbackTickets tickets, FeedbackRecorder recorder)
    {
        var request = context.Request;
        var t = PageTexts.For(request.Query["lang"]);
        if (CrossSiteForms.IsCrossSite(request))
        {
            return Page(context, AskFeedbackPage.Problem(t, FeedbackTexts.For(t).CrossSite), StatusCodes.Status403Forbidden);
        }
        if (!tickets.Enabled)
        {
            return Page(context, AskFeedbackPage.Problem(t, FeedbackTexts.For(t).Off), StatusCodes.Status404NotFound);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBody;
        }
        if (!request.HasFormContentType || request.ContentLength > MaxBody)
        {
            return Page(context, AskFeedbackPage.Problem(t, FeedbackTexts.For(t).BadVote), StatusCodes.Status400BadRequest);
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return Page(context, AskFeedbackPage.Problem(t, FeedbackTexts.For(t).BadVote), StatusCodes.Status400BadRequest);
        }
        t = PageTexts.For(form["lang"].ToString() is { Length: > 0 } lang ? lang : request.Query["lang"].ToString());
        var texts = FeedbackTexts.For(t);
        if (FeedbackVotes.Parse(form["vote"]) is not { } vote)
        {
            return Page(context, AskFeedbackPage.Problem(t, texts.BadVote), StatusCodes.Status400BadRequest);
        }
        if (tickets.Read(form["ticket"]) is not { } ticket || !recorder.Record(ticket, vote, InsightsChannels.Page))
        {
            return Page(context, AskFeedbackPage.Problem(t, texts.BadTicket), StatusCodes.Status400BadRequest);
        }
        context.Response.Headers.Location = AskFeedbackForm.Action + "?vote=" + vote + (t.Language == Knowledge.Text.Language.Spanish ? "&lang=es" : string.Empty);
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary><c>GET /ask/feedback?vote=</c>: the thank-you page a vote lands on; 400 for an unknown vote.</summary>
    public static IResult Thanks(string? vote, string? lang, HttpContext context)
    {
        var t = PageTexts.For(lang);
        return FeedbackVotes.Parse(vote) is { } known
            ? Page(context, AskFeedbackPage.Thanks(t, known))
            : Page(context, AskFeedbackPage.Problem(t, FeedbackTexts.For(t).BadVote), StatusCodes.Status400BadRequest);
    }

    private static IResult Page(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.Headers.CacheControl = "no-store";
        HtmlDocument.SetHeaders(context.Response, HtmlDocument.NoScriptPolicy);
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
