using System.Text;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Web.Pages;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// <c>GET /admin/review</c> (the review pack, printable) and <c>GET /admin/review.csv</c> (the same as
/// CSV), for the live index's cards. Like <c>/admin</c>: 404 without an admin key, 403 over plain HTTP
/// from another machine, and the sign-in page (401) without a session.
/// </summary>
internal static class ReviewPackPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, IOptions<AdminOptions> admin, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, KnowledgeIndex index, PaperDocument paper, TimeProvider time)
    {
        if (await AdminPage.RefuseViewAsync(context, admin, antiforgery) is { } refused)
        {
            return refused;
        }
        using var lease = index.Acquire();
        var snapshot = lease.Snapshot;
        var html = ReviewPackHtml.Render(snapshot.Cards.Cards, paper.Paper, snapshot.Manifest, Today(time));
        return AdminPage.Html(context, html, ReviewPackHtml.ContentSecurityPolicy);
    }

    public static async Task<IResult> CsvAsync(HttpContext context, IOptions<AdminOptions> admin, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, KnowledgeIndex index, PaperDocument paper, TimeProvider time)
    {
        if (await AdminPage.RefuseViewAsync(context, admin, antiforgery) is { } refused)
        {
            return refused;
        }
        using var lease = index.Acquire();
        var snapshot = lease.Snapshot;
        var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CardReviewSheet.Write(csv, snapshot.Cards.Cards, paper.Paper.Passages, paper.Paper.Footnotes, snapshot.Manifest);
        context.Response.Headers.CacheControl = "no-store";
        var name = $"review-pack-{CardReview.FormatDate(Today(time))}.csv";
        // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
