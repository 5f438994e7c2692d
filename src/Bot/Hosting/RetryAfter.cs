using System.Globalization;

namespace KnowYourRights.Bot.Hosting;

/// <summary>The <c>Retry-After</c> header of a 429 or 503, in whole seconds (at least one).</summary>
public static class RetryAfter
{
    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);

    public static int Seconds(TimeSpan wait) => (int)Math.Clamp(Math.Ceiling(wait.TotalSeconds), 1, int.MaxValue);
}
