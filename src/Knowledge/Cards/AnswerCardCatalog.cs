namespace KnowYourRights.Knowledge.Cards;

/// <summary>The answer cards by id, in file-name order.</summary>
public sealed class AnswerCardCatalog
{
    private readonly Dictionary<string, AnswerCard> _byId;

    public AnswerCardCatalog(IEnumerable<AnswerCard> cards)
    {
        Cards = cards.ToList();
        _byId = new Dictionary<string, AnswerCard>(StringComparer.OrdinalIgnoreCase);
        foreach (var card in Cards)
        {
            if (!_byId.TryAdd(card.Id, card))
            {
                throw new FormatException($"Two answer cards have the id '{card.Id}'.");
            }
        }
    }

    public static AnswerCardCatalog Empty { get; } = new([]);

    public IReadOnlyList<AnswerCard> Cards { get; }

    public bool TryGet(string id, out AnswerCard card) => _byId.TryGetValue(id, out card!);

    /// <summary>Loads every <c>*.md</c> card in a folder; a missing folder is an empty catalog.</summary>
    public static AnswerCardCatalog LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Empty;
        }
        var cards = Directory.GetFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => AnswerCardParser.Parse(File.ReadAllText(path), Path.GetFileName(path)));
        return new AnswerCardCatalog(cards);
    }
}
