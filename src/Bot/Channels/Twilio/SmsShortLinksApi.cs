namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>The short links' route; the handler is <see cref="SmsShortLinkEndpoint"/>.</summary>
public static class SmsShortLinksApi
{
    /// <summary>
    /// <c>GET /s/{code}</c>: the short links in SMS replies (see <see cref="SmsShortLinkEndpoint"/>).
    /// The link table is made here, at start, so that a code collision stops the app at once.
    /// </summary>
    public static IEndpointRouteBuilder MapSmsShortLinks(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<SmsShortLinks>();
        app.MapGet("/" + SmsShortLinks.RoutePrefix + "{code}", SmsShortLinkEndpoint.Handle);
        return app;
    }
}
