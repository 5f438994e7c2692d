namespace KnowYourRights.Bot.Hosting;

/// <summary>Configuration section "App": settings of the whole app rather than of one feature.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>
    /// The public address of the bot, e.g. <c>https://rights.example.org/</c>: every absolute link
    /// the app hands out (outreach links and QR codes, the paper's citation links in answers, the
    /// API and <c>ask --json</c>) starts with it, and the request's <c>Host</c> header is then never
    /// used. Unset, only a loopback host (localhost, 127.0.0.1, ::1) is trusted for links; any other
    /// request gets relative links and no QR code. Set it in production.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Why <see cref="PublicBaseUrl"/> cannot be used, or null when it can (or is unset).</summary>
    public string? Problem() =>
        PublicBaseUrl is not { } url ? null
        : !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) ? "App:PublicBaseUrl must be an absolute http or https URL, e.g. https://rights.example.org/."
        : url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0 ? "App:PublicBaseUrl must be a plain address, with no query, fragment or user name."
        : null;
}
