using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// The short links SMS replies carry instead of long URLs (<c>https://host/s/ab12cd</c>), and what
/// each one points at: a cited source's own URL, or the paper's page <c>/paper</c> at the anchor of
/// the passage an answer rests on. The table holds every source of <c>seeds/sources.json</c> that
/// has a link and every passage of the paper, so a code stays valid whatever answer sent it, and
/// it is made once at start, where two targets with one code (never seen; 30 bits for a few
/// hundred targets) stop the app rather than send someone to the wrong page.
/// </summary>
public sealed class SmsShortLinks
{
    /// <summary>The paper's own page, whose anchors are passage ids (<c>/paper#paper-012</c>).</summary>
    public const string PaperPath = "/paper";

    /// <summary>Where the short links are served: <c>/s/{code}</c>.</summary>
    public const string RoutePrefix = "s/";

    private readonly Dictionary<string, string> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _passageIds;
    private readonly Func<string, string> _code;

    /// <param name="manifest">The cited sources.</param>
    /// <param name="paperPassageIds">The ids of the paper's passages (its anchors on <c>/paper</c>).</param>
    /// <param name="baseUrl">The app's public address that links start with; null: no short links are made (codes still resolve).</param>
    public SmsShortLinks(SourceManifest manifest, IEnumerable<string> paperPassageIds, Uri? baseUrl)
        : this(manifest, paperPassageIds, baseUrl, SmsShortLinkCodes.For)
    {
    }

    /// <summary>With another code function: only for showing what a collision does.</summary>
    internal SmsShortLinks(SourceManifest manifest, IEnumerable<string> paperPassageIds, Uri? baseUrl, Func<string, string> code)
    {
        _code = code;
        BaseUrl = baseUrl is null ? null : new Uri(baseUrl.ToString().TrimEnd('/') + "/");
        _passageIds = new HashSet<string>(paperPassageIds, StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string target)
        {
            var c = _code(key);
            if (keys.TryGetValue(c, out var other))
            {
                throw new InvalidOperationException($"Two short links have the code '{c}': '{other}' and '{key}'. Lengthen SmsShortLinkCodes.Length.");
            }
            keys[c] = key;
            _targets[c] = target;
        }
        Add(PaperKey(null), PaperPath);
        foreach (var passageId in _passageIds)
        {
            Add(PaperKey(passageId), PaperPath + "#" + passageId);
        }
        foreach (var source in manifest.Sources.Where(s => s.Id != SourceManifest.PaperId))
        {
            if (Target(source) is { } url)
            {
                Add(SourceKey(source.Id), url);
            }
        }
    }

    /// <summary>The public address links start with (ending in "/"), or null when none is known.</summary>
    public Uri? BaseUrl { get; }

    /// <summary>Every code and the target it redirects to: a URL, or a path of this app (<c>/paper#…</c>).</summary>
    public IReadOnlyDictionary<string, string> Targets => _targets;

    /// <summary>The table for the seeds folder the app was built with (its <c>sources.json</c> and paper).</summary>
    public static SmsShortLinks FromSeeds(string seedsPath, Uri? baseUrl)
    {
        var manifest = SourceManifest.Load(Path.Combine(seedsPath, KnowledgeSeeds.ManifestFile));
        var paper = PaperParser.Parse(File.ReadAllText(Path.Combine(seedsPath, KnowledgeSeeds.PaperFile)));
        return new SmsShortLinks(manifest, paper.Passages.Select(p => p.Id), baseUrl);
    }

    /// <summary>
    /// The address short links start with: the configured public address, else the origin (and
    /// path base) of the Twilio webhook URL, which is public by definition; null when neither is
    /// set, and then SMS spells out the sources' own links instead.
    /// </summary>
    public static Uri? PublicBase(string? publicBaseUrl, string? twilioWebhookUrl)
    {
        if (IsWebAddress(publicBaseUrl, out var configured))
        {
            return configured;
        }
        if (IsWebAddress(twilioWebhookUrl, out var webhook))
        {
            var path = webhook.AbsolutePath;
            var basePath = path.EndsWith("/api/sms", StringComparison.OrdinalIgnoreCase) ? path[..^"api/sms".Length] : "/";
            return new Uri(webhook.GetLeftPart(UriPartial.Authority) + basePath);
        }
        return null;
    }

    /// <summary>The short link of a citation, or null (no public address known, or a source with no link: a case, a book).</summary>
    public string? LinkFor(AnswerCitation citation)
    {
        if (BaseUrl is null)
        {
            return null;
        }
        var key = citation.Id == SourceManifest.PaperId
            ? PaperKey(citation.PassageId is { } id && _passageIds.Contains(id) ? id : null)
            : SourceKey(citation.Id);
        var code = _code(key);
        return _targets.ContainsKey(code) ? new Uri(BaseUrl, RoutePrefix + code).ToString() : null;
    }

    /// <summary>What a code points at: an absolute URL or a path of this app.</summary>
    public bool TryResolve(string code, out string target)
    {
        target = string.Empty;
        return SmsShortLinkCodes.Normalize(code) is { } normal && _targets.TryGetValue(normal, out target!);
    }

    private static string SourceKey(string sourceId) => "source:" + sourceId;

    private static string PaperKey(string? passageId) => passageId is null ? "paper" : "paper:" + passageId;

    private static string? Target(Source source) =>
        IsWebAddress(source.Url, out var url) ? url.AbsoluteUri : IsWebAddress(source.ArchiveUrl, out var archive) ? archive.AbsoluteUri : null;

    private static bool IsWebAddress(string? text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
