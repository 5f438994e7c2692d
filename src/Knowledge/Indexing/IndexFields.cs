namespace KnowYourRights.Knowledge.Indexing;

/// <summary>Field names of the knowledge index.</summary>
internal static class IndexFields
{
    /// <summary>Document id (passage id, card id). Not analyzed.</summary>
    public const string Id = "id";

    /// <summary>What the document is: <see cref="PassageType"/>, <see cref="CardType"/> or <see cref="SourceType"/>.</summary>
    public const string Type = "type";

    /// <summary>Heading path of a passage, topic of a card. Analyzed.</summary>
    public const string Heading = "heading";

    /// <summary>The body: passage text, or a card's answer. Analyzed, with term vectors.</summary>
    public const string Text = "text";

    /// <summary>A card's ways of asking (and topic). Analyzed, with term vectors.</summary>
    public const string Questions = "questions";

    /// <summary>Stored only: passage text with footnote markers, or a card as JSON.</summary>
    public const string Payload = "payload";

    /// <summary>Stored only: reading order of a passage.</summary>
    public const string Order = "order";

    /// <summary>Stored only, on source passages: the manifest id of the source the text was fetched from.</summary>
    public const string SourceId = "source-id";

    public const string PassageType = "passage";

    /// <summary>A passage of a cited source's own text (fetched by <c>index refresh</c>); cited as that source.</summary>
    public const string SourceType = "source";

    public const string CardType = "card";

    /// <summary>Analyzed fields that a question is matched against, with their weights.</summary>
    public static readonly IReadOnlyDictionary<string, float> SearchFields = new Dictionary<string, float>
    {
        [Text] = 1.0f,
        [Questions] = 1.6f,
        [Heading] = 0.4f,
    };
}
