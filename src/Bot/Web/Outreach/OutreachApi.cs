using KnowYourRights.Knowledge.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// The outreach kit: <c>/outreach</c> (choose a topic; copy the link or embed snippet; get a QR
/// code; open a flyer), <c>/outreach/qr.png</c>, <c>/outreach/qr.svg</c> and <c>/outreach/flyer</c>.
/// </summary>
public static class OutreachApi
{
    /// <summary><c>GET /outreach?topic=…</c>: the kit's page, on a topic when it names one.</summary>
    public static ContentHttpResult Page(string? topic, HttpRequest request, HttpResponse response, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options)
    {
        var known = OutreachTopic.TryResolve(index, topic, out var card);
        return OutreachPage.Render(request, index.Current.Cards, card, known ? null : topic, links, options.Value).Result(response);
    }

    /// <summary><c>GET /outreach/qr.png?topic=…</c>: the QR code of the topic's chat link, as PNG.</summary>
    public static Results<FileContentHttpResult, NotFound<string>> QrPng(string? topic, HttpRequest request, KnowledgeIndex index, OutreachLinks links) =>
        OutreachTopic.TryResolve(index, topic, out var card)
            ? TypedResults.File(QrCodes.Png(links.Chat(request, card?.Id)), "image/png", $"kyr-{card?.Id ?? "home"}.png")
            : UnknownTopic(topic);

    /// <summary><c>GET /outreach/qr.svg?topic=…</c>: the QR code of the topic's chat link, as SVG.</summary>
    public static Results<FileContentHttpResult, NotFound<string>> QrSvg(string? topic, HttpRequest request, KnowledgeIndex index, OutreachLinks links) =>
        OutreachTopic.TryResolve(index, topic, out var card)
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(QrCodes.Svg(links.Chat(request, card?.Id))), "image/svg+xml", $"kyr-{card?.Id ?? "home"}.svg")
            : UnknownTopic(topic);

    /// <summary><c>GET /outreach/flyer?topic=…</c>: a printable flyer for the topic.</summary>
    public static Results<ContentHttpResult, NotFound<string>> Flyer(string? topic, HttpRequest request, HttpResponse response, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options) =>
        OutreachTopic.TryResolve(index, topic, out var card)
            ? FlyerPage.Render(links.Chat(request, card?.Id), card, options.Value).Result(response)
            : UnknownTopic(topic);

    private static NotFound<string> UnknownTopic(string? topic) =>
        TypedResults.NotFound($"No topic '{topic}'. See /outreach for the list of topics.");
}
