namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>
/// A card that names a program by its letters also gives its name, in English and in Spanish:
/// a reader who meets "CAP" or "PEP" alone, on a phone, cannot look it up (and a search for
/// "Criminal Alien Program" should find the answer that speaks of it).
/// </summary>
public sealed class CardAcronymsTests
{
    private static readonly (string Letters, string English, string Spanish)[] Programs =
    [
        ("CAP", "Criminal Alien Program", "Programa de Extranjeros Criminales"),
        ("PEP", "Priority Enforcement Program", "Programa de Prioridades de Control"),
    ];

    public static TheoryData<string> CardIds() => new(SeedFiles.Seeds.Cards.Cards.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_card_that_uses_a_programs_letters_also_names_it(string id)
    {
        var card = SeedFiles.Seeds.Cards.Cards.Single(c => c.Id == id);

        foreach (var (letters, english, spanish) in Programs)
        {
            var pattern = $@"\b{letters}\b";
            if (System.Text.RegularExpressions.Regex.IsMatch(card.Answer, pattern))
            {
                Assert.Contains(english, card.Answer, StringComparison.OrdinalIgnoreCase);
            }
            if (card.AnswerEs is { } es && System.Text.RegularExpressions.Regex.IsMatch(es, pattern))
            {
                Assert.Contains(spanish, es, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
