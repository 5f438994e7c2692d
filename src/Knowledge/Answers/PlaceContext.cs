using KnowYourRights.Knowledge.Agreements;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// What a conversation keeps after an answer from ICE's list, in place of a card id (the channels
/// keep it as they keep a card id, and send it back with the next message): the state and the
/// place the answer was about, as names from the list or the reply (never the asker's words
/// beyond that name), so "and my county?" or "Oregon" (after "which state?") can be read.
/// </summary>
/// <remarks>Written <c>287g-local:NC:County:gaston</c>; the kind and place may be empty.</remarks>
public sealed record PlaceContext(string? State, PlaceKind Kind, string? Place)
{
    public const string Prefix = "287g-local";

    /// <summary>The card a follow-up that is not about a place is read with ("what does that mean?").</summary>
    public const string TopicCard = "287g";

    public override string ToString() => $"{Prefix}:{State}:{Kind}:{Place}";

    /// <summary>The context a previous answer left, or null when it was a card's id (or nothing).</summary>
    public static PlaceContext? Parse(string? value)
    {
        if (value is null || !value.StartsWith(Prefix + ":", StringComparison.Ordinal))
        {
            return null;
        }
        var parts = value.Split(':', 4);
        if (parts.Length != 4)
        {
            return null;
        }
        var state = parts[1].Length > 0 ? UsStates.FromCode(parts[1])?.Code : null;
        var kind = Enum.TryParse<PlaceKind>(parts[2], out var parsed) ? parsed : PlaceKind.Any;
        var place = PlaceNames.Normalize(parts[3]);
        return new PlaceContext(state, kind, place.Length > 0 ? place : null);
    }
}
