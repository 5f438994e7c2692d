using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// ICE's list of 287(g) agreements as of one date: the participating agencies (signed) and the
/// pending ones. Kept as <see cref="FileName"/> in every index version, so a refresh swaps it
/// with the index and a rollback brings the older list back with the older index.
/// </summary>
public sealed record AgreementList
{
    /// <summary>The list's file in an index version folder.</summary>
    public const string FileName = "agreements-287g.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>The date ICE's list is as of (the date of its spreadsheets).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Where ICE publishes the list (its 287(g) page).</summary>
    public string? PageUrl { get; init; }

    /// <summary>Where the spreadsheets were read from: "seeds" or the spreadsheets' URLs.</summary>
    public IReadOnlyList<string> From { get; init; } = [];

    public required IReadOnlyList<AgencyAgreement> Participating { get; init; }

    public required IReadOnlyList<AgencyAgreement> Pending { get; init; }

    /// <summary>The places on this list, made once per list on first use.</summary>
    [JsonIgnore]
    public AgreementGazetteer Places => _places ??= new AgreementGazetteer(this);

    private AgreementGazetteer? _places;

    /// <summary>Participating agencies (an agency with several models counts once).</summary>
    [JsonIgnore]
    public int AgencyCount => Participating.Select(a => (a.State, a.Agency)).Distinct().Count();

    /// <summary>No list: a version built before lists were kept.</summary>
    public static AgreementList Empty { get; } = new() { AsOf = DateOnly.MinValue, Participating = [], Pending = [] };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AgreementList FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AgreementList>(json, Json) ?? throw new AgreementListException("the agreement list file is empty");
        }
        catch (JsonException e)
        {
            throw new AgreementListException($"the agreement list file cannot be read ({e.Message})", e);
        }
    }

    /// <summary>Reads a version folder's list; null when the version was built without one.</summary>
    public static AgreementList? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? FromJson(File.ReadAllText(path)) : null;
    }

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), ToJson());
}
