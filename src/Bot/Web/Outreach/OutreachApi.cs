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
    public static IHostApplicationBuilder AddOutreach(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutreachOptions>()
            .BindConfiguration(OutreachOptions.Section)
            .Validate(o => o.PublicBaseUrl is null || o.PublicBaseUrl.IsAbsoluteUri, "Outreach:PublicBaseUrl must be an absolute URL.")
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.FrameAncestors) && o.FrameAncestors.IndexOfAny([';', ',', '\r', '\n']) < 0,
                "Outreach:FrameAncestors must be one frame-ancestors source list (e.g. 'self' https://partner.example.org), with no ';', ',' or line breaks.")
            .ValidateOnStart();
        builder.Services.AddSingleton<OutreachLinks>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOutreachApi(this IEndpointRouteBuilder app)
    {
        var outreach = app.MapGroup("/outreach");
        outreach.MapGet("/", (string? topic, HttpRequest request, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options) =>
        {
            var known = OutreachTopic.TryResolve(index, topic, out var card);
            return TypedResults.Content(OutreachPage.Render(request, index.Current.Cards, card, known ? null : topic, links, options.Value), "text/html; charset=utf-8");
        });
        outreach.MapGet("/qr.png", Results<FileContentHttpResult, NotFound<string>> (string? topic, HttpRequest request, KnowledgeIndex index, OutreachLinks links) =>
            OutreachTopic.TryResolve(index, topic, out var card)
                ? TypedResults.File(QrCodes.Png(links.Chat(request, card?.Id)), "image/png", $"kyr-{card?.Id ?? "home"}.png")
                : UnknownTopic(topic));
        outreach.MapGet("/qr.svg", Results<FileContentHttpResult, NotFound<string>> (string? topic, HttpRequest request, KnowledgeIndex index, OutreachLinks links) =>
            OutreachTopic.TryResolve(index, topic, out var card)
                ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(QrCodes.Svg(links.Chat(request, card?.Id))), "image/svg+xml", $"kyr-{card?.Id ?? "home"}.svg")
                : UnknownTopic(topic));
        outreach.MapGet("/flyer", Results<ContentHttpResult, NotFound<string>> (string? topic, HttpRequest request, KnowledgeIndex index, OutreachLinks links, IOptions<OutreachOptions> options) =>
            OutreachTopic.TryResolve(index, topic, out var card)
                ? TypedResults.Content(FlyerPage.Render(links.Chat(request, card?.Id), card, options.Value), "text/html; charset=utf-8")
                : UnknownTopic(topic));
        return app;
    }

    private static NotFound<string> UnknownTopic(string? topic) =>
        TypedResults.NotFound($"No topic '{topic}'. See /outreach for the list of topics.");
}
