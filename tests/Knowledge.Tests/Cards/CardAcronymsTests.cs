namespace KnowYourRights.Knowledge.Tests.Cards;

/// <summary>
/// A card that names a program by its letters also gives its name: a reader who meets "CAP" or
/// "PEP" alone, on a phone, cannot look it up (and a search for "Criminal Alien Program" should
/// find the answer that speaks of it). English answers only: the Spanish names are long, and a
/// Spanish answer must fit three SMS messages (SmsAnswerLengthTests); the Spanish topic cards
/// (cap, pep) give them.
/// </summary>
public sealed class CardAcronymsTests
{
    private static readonly (string Letters, string English)[] Programs =
    [
        ("CAP", "Criminal Alien Program"),
        ("PEP", "Priority Enforcement Program"),
    ];

    public static TheoryData<string> CardIds() => new(SeedFiles.Seeds.Cards.Cards.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_card_that_uses_a_programs_letters_also_names_it(string id)
    {
        var card = SeedFiles.Seeds.Cards.Cards.Single(c => c.Id == id);

        foreach (var (letters, english) in Programs)
        {
            var pattern = $@"\b{letters}\b";
            if (System.Text.RegularExpressions.Regex.IsMatch(card.Answer, pattern))
            {
                Assert.Contains(english, card.Answer, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
