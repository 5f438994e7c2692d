namespace KnowYourRights.Knowledge.Agreements;

/// <summary>What kind of place a name on ICE's list, or in a question, is.</summary>
public enum PlaceKind
{
    /// <summary>Not said: "Gastonia, NC", a name alone.</summary>
    Any,

    /// <summary>A county, parish or borough ("Gaston County", "condado de Gaston").</summary>
    County,

    /// <summary>A city or town ("Gastonia police", "ciudad de Gastonia").</summary>
    City,

    /// <summary>An agency named in full ("Florida Highway Patrol").</summary>
    Agency,
}
