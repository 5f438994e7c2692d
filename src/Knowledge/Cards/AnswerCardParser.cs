using KnowYourRights.Knowledge.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// Reads an answer card: a YAML front-matter block, the English answer, and an optional
/// "## Español" section. Markdown with front matter is what an admin can edit by hand.
/// </summary>
internal static class AnswerCardParser
{
    public const string SpanishHeading = "## Español";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static AnswerCard Parse(string markdown, string fileName)
    {
        var text = markdown.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new FormatException($"{fileName}: a card starts with a '---' front-matter block.");
        }
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"{fileName}: the front-matter block is not closed with '---'.");
        }
        FrontMatter front;
        try
        {
            front = Yaml.Deserialize<FrontMatter>(text[4..end]) ?? new FrontMatter();
        }
        catch (YamlException e)
        {
            throw new FormatException($"{fileName}: bad front matter: {e.Message}", e);
        }

        var body = text[(text.IndexOf('\n', end + 1) is var nl and >= 0 ? nl + 1 : text.Length)..];
        var split = body.IndexOf(SpanishHeading, StringComparison.Ordinal);
        var english = (split >= 0 ? body[..split] : body).Trim();
        var spanish = split >= 0 ? body[(split + SpanishHeading.Length)..].Trim() : null;

        return new AnswerCard
        {
            Id = Required(front.Id, "id", fileName),
            Topic = Required(front.Topic, "topic", fileName),
            Question = Required(front.Question, "question", fileName),
            QuestionEs = Optional(front.QuestionEs),
            MenuLabel = Optional(front.MenuLabel),
            MenuLabelEs = Optional(front.MenuLabelEs),
            AsOf = Required(front.AsOf, "asOf", fileName),
            Kinds = Kinds(front.Kinds, fileName),
            Questions = front.Questions ?? [],
            Citations = front.Citations ?? [],
            Evidence = front.Evidence ?? [],
            EvidenceSource = front.EvidenceSource,
            FollowUps = front.FollowUps ?? [],
            Answer = english.Length > 0 ? english : throw new FormatException($"{fileName}: the card has no answer text."),
            AnswerEs = string.IsNullOrWhiteSpace(spanish) ? null : spanish,
            Summary = Optional(front.Summary),
            SummaryEs = Optional(front.SummaryEs),
            Review = Review(front, fileName),
        };
    }

    private static CardReview Review(FrontMatter front, string fileName)
    {
        try
        {
            return new CardReview(
                Optional(front.Reviewed) is { } reviewed ? CardReview.ParseDate(reviewed) : null,
                Optional(front.ReviewedBy),
                Optional(front.ReviewEvery) is { } every ? CardReview.ParseInterval(every) : CardReview.DefaultMonths,
                Optional(front.ReviewedEs) is { } reviewedEs ? CardReview.ParseDate(reviewedEs) : null);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{fileName}: {e.Message}", e);
        }
    }

    /// <summary>The card's kinds of question; "what" when it names none (every card tells what something is).</summary>
    private static IReadOnlyList<QuestionKind> Kinds(List<string>? names, string fileName) =>
        names is null or { Count: 0 }
            ? [QuestionKind.What]
            : names.Select(n => QuestionKinds.Parse(n) ?? throw new FormatException(
                $"{fileName}: unknown kind '{n}' (kinds: {string.Join(", ", Enum.GetValues<QuestionKind>().Select(QuestionKinds.Name))}).")).Distinct().ToList();

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Required(string? value, string name, string fileName) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{fileName}: '{name}' is required.") : value.Trim();

    private sealed class FrontMatter
    {
        public string? Id { get; set; }

        public string? Topic { get; set; }

        public string? Question { get; set; }

        public string? QuestionEs { get; set; }

        public string? MenuLabel { get; set; }

        public string? MenuLabelEs { get; set; }

        public string? AsOf { get; set; }

        public List<string>? Kinds { get; set; }

        public List<string>? Questions { get; set; }

        public List<string>? Citations { get; set; }

        public List<string>? Evidence { get; set; }

        public string? EvidenceSource { get; set; }

        public List<string>? FollowUps { get; set; }

        public string? Summary { get; set; }

        public string? SummaryEs { get; set; }

        public string? Reviewed { get; set; }

        public string? ReviewedBy { get; set; }

        public string? ReviewEvery { get; set; }

        public string? ReviewedEs { get; set; }
    }
}
