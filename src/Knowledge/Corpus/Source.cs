using System.Text.Json.Serialization;

namespace KnowYourRights.Knowledge.Corpus;

/// <summary>One cited source from <c>seeds/sources.json</c>: what a citation resolves to.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    /// <summary>The paper's footnote numbers that cite this source (empty for sources an admin added).</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];

    public required string Title { get; init; }

    public string? Author { get; init; }

    public string? Publisher { get; init; }

    /// <summary>ISO date as precise as the footnote gives it: <c>2019</c>, <c>2013-08</c> or <c>2018-12-03</c>.</summary>
    public string? Date { get; init; }

    public string? Url { get; init; }

    public string? ArchiveUrl { get; init; }

    public required string Kind { get; init; }

    /// <summary>Reporter or docket citation for cases, orders and articles (e.g. "921 F.3d 865 (9th Cir. 2019)").</summary>
    public string? Citation { get; init; }

    public string? Pinpoint { get; init; }

    public string? Note { get; init; }

    /// <summary>
    /// How a citation names the source. A source with a link is named by its title; one without
    /// (a case, a law review article, a book, a debate) by its full reference (author, title,
    /// reporter), since that is the only way a reader can find it.
    /// </summary>
    [JsonIgnore]
    public string CitationTitle =>
        Url is not null ? Title : string.Join(", ", new[] { Author, Title, Citation ?? Publisher }.Where(p => !string.IsNullOrWhiteSpace(p)));

    [JsonIgnore]
    public bool IsDirectory => Kind == "directory";
}
