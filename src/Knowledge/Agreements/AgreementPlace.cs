namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// A place on ICE's list, in one state: a county (every agency the list puts in it), a city (its
/// police) or an agency named in full, with its signed and pending agreements.
/// </summary>
/// <param name="Name">The comparable name without its kind ("gaston", "st lucie", "florida highway patrol").</param>
/// <param name="Display">The name as the list writes it ("Gaston County", "Gastonia", "Florida Highway Patrol").</param>
public sealed record AgreementPlace(string Name, string Display, PlaceKind Kind, string State, IReadOnlyList<AgencyAgreement> Signed, IReadOnlyList<AgencyAgreement> Pending);
