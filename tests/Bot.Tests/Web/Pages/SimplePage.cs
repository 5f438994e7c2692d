using System.Text;
using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Tests.Web.Pages;

/// <summary>What every simple page must be: small, script-free, and loading nothing from anywhere else.</summary>
public static partial class SimplePage
{
    /// <summary>HTML and CSS together (the CSS is inline), uncompressed.</summary>
    public const int MaxBytes = 30 * 1024;

    [GeneratedRegex(@"\b(?:src|srcset|data|poster)\s*=|<link\b(?![^>]*href=""data:)|@import|url\(", RegexOptions.IgnoreCase)]
    private static partial Regex Load();

    public static async Task<string> AssertSimpleAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(Encoding.UTF8.GetByteCount(html) <= MaxBytes, $"{response.RequestMessage?.RequestUri}: {Encoding.UTF8.GetByteCount(html)} bytes, over the {MaxBytes}-byte budget.");
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        // No script to run (JSON-LD is data) and nothing to load: no images, frames, stylesheets or fonts.
        Assert.DoesNotMatch(@"<script(?![^>]*type=""application/ld\+json"")", html);
        Assert.DoesNotMatch(Load(), html);
        return html;
    }
}
