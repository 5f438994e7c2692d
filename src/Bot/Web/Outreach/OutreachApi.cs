using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// The outreach kit: <c>/outreach</c> (choose a topic and whether the link opens the chat or the
/// topic's page; copy the link or embed snippet; get a QR code; open a flyer),
/// <c>/outreach/qr.png</c>, <c>/outreach/qr.svg</c> and <c>/outreach/flyer</c>, each taking
/// <c>?topic=ID&amp;link=chat|page|whatsapp&amp;lang=en|es</c>.
/// </summary>
public static class OutreachApi
{
    /// <summary><c>/outreach</c>, <c>/outreach/qr.png</c>, <c>/outreach/qr.svg</c> and <c>/outreach/flyer</c>.</summary>
    public static IEndpointRouteBuilder MapOutreachApi(this IEndpointRouteBuilder app)
    {
        var outreach = app.MapGroup("/outreach");
        outreach.MapGet("/", Page);
        outreach.MapGet("/qr.png", QrPng);
        outreach.MapGet("/qr.svg", QrSvg);
        outreach.MapGet("/flyer", Flyer);
        return app;
    }

    /// <summary>
    /// <c>GET /outreach?topic=…&amp;link=…&amp;lang=…</c>: the kit's page, on a topic when it names one.
    /// <c>lang</c> (<c>en</c>, <c>es</c>) is the language the links open in and the kit's own; without
    /// it the links leave the language to the reader's browser and the kit follows this browser's.
    /// </summary>
    public static ContentHttpResult Page(string? topic, string? link, string? lang, HttpRequest request, HttpResponse response, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options, IOptions<UrgentOptions> urgent)
    {
        var known = OutreachTopic.TryResolve(index, topic, out var card);
        return OutreachPage.Render(request, index.Current.Cards, card, known ? null : topic, OutreachTargets.Parse(link), OutreachTargets.ParseLanguage(lang), OutreachTexts.For(request), links, options.Value, urgent.Value.Hotline).Result(response);
    }

    /// <summary><c>GET /outreach/qr.png</c>: the QR code of the link, as PNG.</summary>
    public static Results<FileContentHttpResult, NotFound<string>, Conflict<string>> QrPng(string? topic, string? link, string? lang, HttpRequest request, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options) =>
        WithLink(topic, link, lang, request, index, links, options.Value, (url, card) => TypedResults.File(QrCodes.Png(url), "image/png", $"kyr-{card?.Id ?? "home"}.png"));

    /// <summary><c>GET /outreach/qr.svg</c>: the QR code of the link, as SVG.</summary>
    public static Results<FileContentHttpResult, NotFound<string>, Conflict<string>> QrSvg(string? topic, string? link, string? lang, HttpRequest request, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options) =>
        WithLink(topic, link, lang, request, index, links, options.Value, (url, card) => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(QrCodes.Svg(url)), "image/svg+xml", $"kyr-{card?.Id ?? "home"}.svg"));

    /// <summary><c>GET /outreach/flyer</c>: a printable flyer for the link.</summary>
    public static Results<ContentHttpResult, NotFound<string>, Conflict<string>> Flyer(string? topic, string? link, string? lang, HttpRequest request, HttpResponse response, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options, IOptions<UrgentOptions> urgent) =>
        WithLink(topic, link, lang, request, index, links, options.Value, (url, card) => FlyerPage.Render(url, card, options.Value, urgent.Value.Hotline).Result(response));

    /// <summary>
    /// 404 for an unknown topic, and for <c>link=whatsapp</c> without <c>Outreach:WhatsAppNumber</c>;
    /// 409 when the site's address is unknown (no <c>App:PublicBaseUrl</c>
    /// and a request to a host that is not loopback): a printed QR code must never carry a
    /// relative link or an address taken from the request's <c>Host</c> header. A <c>wa.me</c> link
    /// needs no address of this site. <paramref name="lang"/> (<c>en</c>, <c>es</c>) is the language
    /// the link opens in: the chat's and the topic page's, and the question a WhatsApp link types in.
    /// </summary>
    private static Results<T, NotFound<string>, Conflict<string>> WithLink<T>(
        string? topic, string? link, string? lang, HttpRequest request, KnowledgeIndex index, OutreachLinks links, OutreachOptions options, Func<string, AnswerCard?, T> make)
        where T : IResult
    {
        if (!OutreachTopic.TryResolve(index, topic, out var card))
        {
            return TypedResults.NotFound($"No topic '{topic}'. See /outreach for the list of topics.");
        }
        var target = OutreachTargets.Parse(link);
        var language = OutreachTargets.ParseLanguage(lang);
        if (target == OutreachTarget.WhatsApp)
        {
            return string.IsNullOrEmpty(options.WhatsAppNumber)
                ? TypedResults.NotFound("No WhatsApp number is set (Outreach:WhatsAppNumber).")
                : make(WhatsAppLink.ForTopic(options.WhatsAppNumber, card, language ?? Language.English), card);
        }
        if (!links.AreAbsolute(request))
        {
            return TypedResults.Conflict(OutreachPage.NoPublicAddress);
        }
        return make(links.Share(request, card?.Id, target, language), card);
    }
}
