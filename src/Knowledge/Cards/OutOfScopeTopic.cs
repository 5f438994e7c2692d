namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// A subject next to the bot's own that its sources do not answer (immigration bonds, asylum,
/// DACA…), with ways people ask about it. A question closer in meaning to one of these than to
/// any card is declined honestly, not answered with a card that merely shares its words.
/// </summary>
/// <param name="Id">Short id, e.g. <c>bond</c>.</param>
/// <param name="Reason">Why it is out of scope (for whoever edits the list).</param>
/// <param name="Questions">Ways of asking about it.</param>
public sealed record OutOfScopeTopic(string Id, string Reason, IReadOnlyList<string> Questions)
{
    /// <summary>
    /// Words (or phrases, every word of which must be there) that name the subject ("bond", "bail",
    /// "background check"). A question that uses one of them is asking about this subject unless the
    /// card chosen for it covers that word too: meaning alone misses "the phone number of the ICE
    /// office to pay a bond", which sounds like the cards' own subject.
    /// </summary>
    public IReadOnlyList<string> Words { get; init; } = [];
}
