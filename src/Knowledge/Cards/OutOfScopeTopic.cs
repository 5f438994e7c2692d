namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// A subject next to the bot's own that its sources do not answer (immigration bonds, asylum,
/// DACA…), with ways people ask about it. A question closer in meaning to one of these than to
/// any card is declined honestly, not answered with a card that merely shares its words.
/// </summary>
/// <param name="Id">Short id, e.g. <c>bond</c>.</param>
/// <param name="Reason">Why it is out of scope (for whoever edits the list).</param>
/// <param name="Questions">Ways of asking about it.</param>
public sealed record OutOfScopeTopic(string Id, string Reason, IReadOnlyList<string> Questions);
