namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// One row of ICE's 287(g) list: an agency and one support type it signed (or asked for, when
/// pending). An agency with several models has several rows.
/// </summary>
/// <param name="State">The state's postal code ("NC").</param>
/// <param name="Agency">The agency as ICE names it ("Gaston County Sheriff's Office").</param>
/// <param name="Type">ICE's TYPE column: County, Municipality, State Agency, …</param>
/// <param name="County">ICE's COUNTY column ("Gaston County"); may be empty for a state agency.</param>
/// <param name="Model">The support type: Jail Enforcement Model, Warrant Service Officer or Task Force Model.</param>
/// <param name="Signed">When the agreement was signed; null for a pending one (or a row without a date).</param>
public sealed record AgencyAgreement(string State, string Agency, string Type, string County, string Model, DateOnly? Signed);
