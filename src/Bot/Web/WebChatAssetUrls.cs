using System.Collections.Frozen;
using Microsoft.AspNetCore.StaticAssets;

namespace KnowYourRights.Bot.Web;

/// <summary>
/// The fingerprinted URL of each static web asset (<c>webchat/chat.css</c> →
/// <c>/webchat/chat.r5k3kr5sws.css</c>), read from the endpoints <c>MapStaticAssets</c> made from
/// the build's manifest. A fingerprinted URL names one exact version of a file, so it is served
/// with a year-long, immutable cache lifetime; the pages link to those URLs.
/// </summary>
public sealed class WebChatAssetUrls
{
    private readonly FrozenDictionary<string, string> _urls;

    public WebChatAssetUrls(IEnumerable<EndpointDataSource> sources)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints))
        {
            // The fingerprinted route of the file itself: it has a label (its plain path) and a
            // fingerprint, and no content-encoding selector (those are its .gz/.br variants).
            if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is { Selectors.Count: 0 } asset
                && Property(asset, "label") is { } label && Property(asset, "fingerprint") is not null
                && !asset.ResponseHeaders.Any(h => h.Name == "Content-Encoding"))
            {
                urls[label] = "/" + asset.Route;
            }
        }
        _urls = urls.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The page with every <c>"/path"</c> of a known asset replaced by its fingerprinted URL.</summary>
    public string Rewrite(string html)
    {
        foreach (var (path, url) in _urls)
        {
            html = html.Replace($"\"/{path}\"", $"\"{url}\"", StringComparison.Ordinal);
        }
        return html;
    }

    private static string? Property(StaticAssetDescriptor asset, string name) =>
        asset.Properties.FirstOrDefault(p => p.Name == name)?.Value;
}
