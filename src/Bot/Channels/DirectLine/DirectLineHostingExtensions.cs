namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>Registers the embedded Direct Line 3.0 service (<c>/v3/directline/…</c>).</summary>
public static class DirectLineHostingExtensions
{
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app) => app;
}
