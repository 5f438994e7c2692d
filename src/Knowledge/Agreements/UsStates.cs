namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// The states, D.C. and the territories ICE's list can name: how a spreadsheet's STATE column is
/// checked ("states valid") and how a question's state is read, by its English or Spanish name or
/// its postal code.
/// </summary>
public static class UsStates
{
    public static readonly IReadOnlyList<UsState> All =
    [
        new("AL", "Alabama", "Alabama"), new("AK", "Alaska", "Alaska"), new("AZ", "Arizona", "Arizona"),
        new("AR", "Arkansas", "Arkansas"), new("CA", "California", "California"), new("CO", "Colorado", "Colorado"),
        new("CT", "Connecticut", "Connecticut"), new("DE", "Delaware", "Delaware"), new("DC", "District of Columbia", "Distrito de Columbia"),
        new("FL", "Florida", "Florida"), new("GA", "Georgia", "Georgia"), new("HI", "Hawaii", "Hawái"),
        new("ID", "Idaho", "Idaho"), new("IL", "Illinois", "Illinois"), new("IN", "Indiana", "Indiana"),
        new("IA", "Iowa", "Iowa"), new("KS", "Kansas", "Kansas"), new("KY", "Kentucky", "Kentucky"),
        new("LA", "Louisiana", "Luisiana"), new("ME", "Maine", "Maine"), new("MD", "Maryland", "Maryland"),
        new("MA", "Massachusetts", "Massachusetts"), new("MI", "Michigan", "Míchigan"), new("MN", "Minnesota", "Minnesota"),
        new("MS", "Mississippi", "Misisipi"), new("MO", "Missouri", "Misuri"), new("MT", "Montana", "Montana"),
        new("NE", "Nebraska", "Nebraska"), new("NV", "Nevada", "Nevada"), new("NH", "New Hampshire", "Nuevo Hampshire"),
        new("NJ", "New Jersey", "Nueva Jersey"), new("NM", "New Mexico", "Nuevo México"), new("NY", "New York", "Nueva York"),
        new("NC", "North Carolina", "Carolina del Norte"), new("ND", "North Dakota", "Dakota del Norte"), new("OH", "Ohio", "Ohio"),
        new("OK", "Oklahoma", "Oklahoma"), new("OR", "Oregon", "Oregón"), new("PA", "Pennsylvania", "Pensilvania"),
        new("RI", "Rhode Island", "Rhode Island"), new("SC", "South Carolina", "Carolina del Sur"), new("SD", "South Dakota", "Dakota del Sur"),
        new("TN", "Tennessee", "Tennessee"), new("TX", "Texas", "Texas"), new("UT", "Utah", "Utah"),
        new("VT", "Vermont", "Vermont"), new("VA", "Virginia", "Virginia"), new("WA", "Washington", "Washington"),
        new("WV", "West Virginia", "Virginia Occidental"), new("WI", "Wisconsin", "Wisconsin"), new("WY", "Wyoming", "Wyoming"),
        new("PR", "Puerto Rico", "Puerto Rico"), new("GU", "Guam", "Guam"), new("VI", "U.S. Virgin Islands", "Islas Vírgenes"),
        new("MP", "Northern Mariana Islands", "Islas Marianas del Norte"), new("AS", "American Samoa", "Samoa Americana"),
    ];

    private static readonly Dictionary<string, UsState> ByCode = All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, UsState> ByName = All
        .SelectMany(s => new[] { (PlaceNames.Normalize(s.Name), s), (PlaceNames.Normalize(s.NameEs), s) })
        .Concat(Aliases())
        .DistinctBy(p => p.Item1)
        .ToDictionary(p => p.Item1, p => p.s, StringComparer.Ordinal);

    /// <summary>The longest state name in words ("district of columbia", "islas marianas del norte").</summary>
    internal static readonly int LongestNameWords = ByName.Keys.Max(k => k.Split(' ').Length);

    /// <summary>A state by its postal code ("nc", "NC").</summary>
    public static UsState? FromCode(string code) => ByCode.GetValueOrDefault(code.Trim());

    /// <summary>A state by its English or Spanish name, any case, with or without accents ("NORTH CAROLINA", "nueva york").</summary>
    public static UsState? FromName(string name) => ByName.GetValueOrDefault(PlaceNames.Normalize(name));

    /// <summary>A state by name or code, as a spreadsheet's STATE column may hold either.</summary>
    public static UsState? Parse(string value) => FromName(value) ?? (value.Trim().Length == 2 ? FromCode(value) : null);

    private static IEnumerable<(string, UsState s)> Aliases()
    {
        var byCode = All.ToDictionary(s => s.Code);
        yield return ("washington dc", byCode["DC"]);
        yield return ("washington d c", byCode["DC"]);
        yield return ("d c", byCode["DC"]);
        yield return ("virgin islands", byCode["VI"]);
        yield return ("hawai", byCode["HI"]);
        yield return ("pensylvania", byCode["PA"]);
        yield return ("tejas", byCode["TX"]);
        yield return ("nuevo mexico", byCode["NM"]);
        yield return ("carolina norte", byCode["NC"]);
        yield return ("carolina sur", byCode["SC"]);
    }
}
