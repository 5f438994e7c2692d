namespace KnowYourRights.Bot.Web.Security;

/// <summary>
/// Cross-site request forgery defence for the public forms, without a cookie: a browser says
/// where a form post comes from (<c>Sec-Fetch-Site</c>; in older browsers <c>Origin</c>), and a
/// post from another site is refused. The admin forms use ASP.NET Core antiforgery instead; its
/// cookie is kept to <c>/admin</c>, so that nobody who only asks a question is given a cookie.
/// </summary>
/// <remarks>
/// The same rule as Go's <c>http.CrossOriginProtection</c>: a request with neither header is
/// not from a browser that could be tricked into sending it (or from one too old to say), and passes.
/// </remarks>
public static class CrossSiteForms
{
    /// <summary>True when the browser says the post comes from another origin.</summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            // "none": typed or bookmarked by the person; "same-origin": this site's own page.
            return fetchSite is not ("same-origin" or "none");
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }
        return !Uri.TryCreate(origin, UriKind.Absolute, out var from)
            || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
