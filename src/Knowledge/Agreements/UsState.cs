namespace KnowYourRights.Knowledge.Agreements;

/// <summary>A state (or D.C., or a territory) as ICE's list names it, with its postal code and Spanish name.</summary>
/// <param name="Code">The two-letter postal code ("NC").</param>
/// <param name="Name">The English name ("North Carolina").</param>
/// <param name="NameEs">The Spanish name ("Carolina del Norte").</param>
public sealed record UsState(string Code, string Name, string NameEs)
{
    /// <summary>The name in the reader's language ("es" for Spanish, anything else English).</summary>
    public string NameIn(string language) => language == Text.Language.Spanish ? NameEs : Name;
}
