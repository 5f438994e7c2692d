namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// The places of one <see cref="AgreementList"/>, by name: each county of the COUNTY column (with
/// every agency the list puts in it), each municipality's city (from its agency's name:
/// "Gastonia Police Department" → Gastonia) and each agency's full name.
/// </summary>
public sealed class AgreementGazetteer
{
    private static readonly string[] CountyWords = ["county", "parish", "borough", "city and county"];

    private static readonly string[] AgencySuffixes =
    [
        "police department", "police dept", "police", "department of public safety", "public safety department", "public safety",
        "marshal office", "marshals office", "city marshal", "marshal", "sheriff office", "sheriffs office", "sheriff department", "sheriff",
        "constable office", "constable", "department", "office", "pd",
    ];

    private static readonly string[] CityPrefixes = ["city of", "town of", "village of", "borough of", "township of"];

    private readonly Dictionary<string, List<AgreementPlace>> _byFirstLetter;

    public AgreementGazetteer(AgreementList list)
    {
        var places = new List<AgreementPlace>();
        var rows = list.Participating.Select(a => (Row: a, Pending: false)).Concat(list.Pending.Select(a => (Row: a, Pending: true))).ToList();

        foreach (var county in rows.Where(r => CountyName(r.Row.County) is not null).GroupBy(r => (r.Row.State, Name: CountyName(r.Row.County)!)))
        {
            places.Add(Place(county.Key.Name, county.First().Row.County.Trim(), PlaceKind.County, county.Key.State, county));
        }
        foreach (var city in rows.Where(r => r.Row.Type.StartsWith("Municipal", StringComparison.OrdinalIgnoreCase) && CityName(r.Row.Agency) is not null)
            .GroupBy(r => (r.Row.State, Name: CityName(r.Row.Agency)!)))
        {
            places.Add(Place(city.Key.Name, PlaceNames.Title(city.Key.Name), PlaceKind.City, city.Key.State, city));
        }
        foreach (var agency in rows.GroupBy(r => (r.Row.State, Name: AgencyName(r.Row.Agency))).Where(g => g.Key.Name.Length > 0))
        {
            places.Add(Place(agency.Key.Name, agency.First().Row.Agency.Trim(), PlaceKind.Agency, agency.Key.State, agency));
        }
        Places = places;
        _byFirstLetter = places.GroupBy(p => p.Name[0].ToString()).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<AgreementPlace> Places { get; }

    /// <summary>
    /// The places named <paramref name="name"/> (normalized), of a kind that fits, exact spellings
    /// first: when any place has the exact name, typo matches are left out.
    /// </summary>
    public IReadOnlyList<AgreementPlace> Find(string name, PlaceKind kind)
    {
        if (name.Length == 0 || !_byFirstLetter.TryGetValue(name[0].ToString(), out var candidates))
        {
            return [];
        }
        var fits = candidates.Where(p => Fits(p.Kind, kind)).ToList();
        var exact = fits.Where(p => p.Name == name).ToList();
        return exact.Count > 0 ? exact : fits.Where(p => PlaceNames.SameName(name, p.Name)).ToList();
    }

    /// <summary>The agencies named in full in a normalized question ("florida highway patrol").</summary>
    public IReadOnlyList<AgreementPlace> AgenciesIn(string normalizedQuestion)
    {
        var padded = " " + normalizedQuestion + " ";
        return Places.Where(p => p.Kind == PlaceKind.Agency && p.Name.Contains(' ', StringComparison.Ordinal) && padded.Contains(" " + p.Name + " ", StringComparison.Ordinal)).ToList();
    }

    /// <summary>"Gaston County" → "gaston"; null when the cell names no county.</summary>
    public static string? CountyName(string county)
    {
        var name = PlaceNames.Normalize(county);
        foreach (var word in CountyWords)
        {
            if (name.EndsWith(" " + word, StringComparison.Ordinal))
            {
                name = name[..^(word.Length + 1)];
                break;
            }
        }
        return name.Length == 0 || name == "n a" || name == "na" || name == "statewide" ? null : name;
    }

    /// <summary>"Level Plains Police Department" → "level plains"; "City of Gastonia Police" → "gastonia".</summary>
    public static string? CityName(string agency)
    {
        var name = AgencyName(agency);
        foreach (var prefix in CityPrefixes)
        {
            if (name.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                name = name[(prefix.Length + 1)..];
            }
        }
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var suffix in AgencySuffixes)
            {
                if (name.EndsWith(" " + suffix, StringComparison.Ordinal))
                {
                    name = name[..^(suffix.Length + 1)];
                    stripped = true;
                }
            }
        }
        return name.Length == 0 ? null : name;
    }

    private static string AgencyName(string agency) => PlaceNames.Normalize(agency);

    private static bool Fits(PlaceKind place, PlaceKind asked) => asked switch
    {
        PlaceKind.Any => true,
        PlaceKind.County => place == PlaceKind.County,
        PlaceKind.City => place == PlaceKind.City,
        PlaceKind.Agency => place == PlaceKind.Agency,
        _ => false,
    };

    private static AgreementPlace Place(string name, string display, PlaceKind kind, string state, IEnumerable<(AgencyAgreement Row, bool Pending)> rows)
    {
        var list = rows.ToList();
        return new AgreementPlace(name, display, kind, state, list.Where(r => !r.Pending).Select(r => r.Row).ToList(), list.Where(r => r.Pending).Select(r => r.Row).ToList());
    }
}
