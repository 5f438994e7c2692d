using System.Globalization;
using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>The wording of answers from ICE's 287(g) list, in English and Spanish: plain, dated, and careful never to say a place does not work with ICE.</summary>
internal static class LocalAgreementTexts
{
    public static string Date(DateOnly date, string language) => AsOfDate.Format(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), language);

    public static string Month(DateOnly date, string language) => AsOfDate.Format(date.ToString("yyyy-MM", CultureInfo.InvariantCulture), language);

    public static string ListAsOf(DateOnly asOf, string language) => language == Language.Spanish
        ? $"La lista 287(g) de ICE del {Date(asOf, language)}"
        : $"ICE's 287(g) list as of {Date(asOf, language)}";

    public static string Shows(string place, string language) => language == Language.Spanish
        ? $"Sí. {{0}} muestra {place} [1]:"
        : $"Yes. {{0}} shows {place} [1]:";

    public static string Signed(string model, DateOnly? signed, string language) => signed is { } date
        ? language == Language.Spanish ? $"{AgreementModels.Name(model, language)}, firmado el {Date(date, language)}" : $"{model}, signed {Date(date, language)}"
        : AgreementModels.Name(model, language);

    public static string More(int count, string language) => language == Language.Spanish
        ? $"Y {count} agencias más en la lista."
        : $"And {count} more agencies on the list.";

    public static string PendingLead(string language) => language == Language.Spanish
        ? "Pendiente (pedido, aún sin firmar):"
        : "Pending (asked for, not signed yet):";

    public static string PendingOnly(string listAsOf, string place, string language) => language == Language.Spanish
        ? $"{listAsOf} no muestra un acuerdo firmado en {place} [1]. ICE lo muestra como pendiente (pedido, aún sin firmar):"
        : $"{listAsOf} does not show a signed agreement for {place} [1]. ICE lists it as pending (asked for, not signed yet):";

    public static string NotShown(string listAsOf, string place, string language) => language == Language.Spanish
        ? $"{listAsOf} no muestra {place} [1]."
        : $"{listAsOf} does not show {place} [1].";

    /// <summary>Why "not on the list" is not "does not work with ICE".</summary>
    public static string OnlyThisList(string language) => language == Language.Spanish
        ? "Esta lista solo muestra acuerdos 287(g). No muestra si una cárcel retiene a personas para ICE (detainers) o si comparte datos con ICE. Un lugar que no está en la lista puede trabajar con ICE de otras formas."
        : "This list shows only 287(g) deals. It does not show if a jail holds people for ICE (detainers) or shares data with ICE. A place that is not on it may still work with ICE in other ways.";

    /// <summary>A name found in one state only, when the question gave none: another state's place of that name is not on the list.</summary>
    public static string OnlyState(string display, string state, string language)
    {
        var name = UsStates.FromCode(state)?.NameIn(language) ?? state;
        return language == Language.Spanish
            ? $"La lista solo tiene {display} en {name}. Si usted vive en otro estado, su {display} no está en la lista."
            : $"The list has {display} only in {name}. If you mean a {display} in another state, it is not on the list.";
    }

    public static string WhatItMeans(string language) => language == Language.Spanish
        ? "Con un acuerdo 287(g), agentes locales hacen parte del trabajo de ICE."
        : "With a 287(g) deal, local officers do some of ICE's work.";

    public static string SeeList(string url, string language) => language == Language.Spanish
        ? $"Vea la lista actual de ICE: {url} [1]"
        : $"See ICE's current list: {url} [1]";

    public static string Stale(string language) => language == Language.Spanish
        ? "Esta lista puede estar desactualizada: revise la lista actual de ICE."
        : "This list may be out of date: check ICE's current list.";

    public static string WhichState(string display, IReadOnlyList<string> states, string language)
    {
        var names = string.Join(", ", states.Select(code => UsStates.FromCode(code)?.NameIn(language) ?? code));
        return language == Language.Spanish
            ? $"La lista 287(g) de ICE tiene {display} en {states.Count} estados: {names} [1]. ¿En qué estado?"
            : $"ICE's 287(g) list has {display} in {states.Count} states: {names} [1]. Which state do you mean?";
    }

    public static string StateCount(string listAsOf, UsState state, StateAgreementCounts counts, string language)
    {
        var stateName = state.NameIn(language);
        if (counts.Agencies == 0)
        {
            return language == Language.Spanish
                ? $"{listAsOf} no muestra ninguna agencia de {stateName} [1]."
                : $"{listAsOf} shows no agency in {stateName} [1].";
        }
        var models = string.Join(", ", counts.ByModel.Where(m => m.Value > 0).OrderByDescending(m => m.Value)
            .Select(m => $"{m.Value} {AgreementModels.Name(m.Key, language)}"));
        return language == Language.Spanish
            ? $"{listAsOf} muestra {counts.Agencies} agencias de {stateName} con {counts.Agreements} acuerdos [1]: {models}."
            : $"{listAsOf} shows {counts.Agencies} agencies in {stateName} with {counts.Agreements} agreements [1]: {models}.";
    }

    public static string PendingCount(int count, string language) => language == Language.Spanish
        ? $"{count} más están pendientes."
        : $"{count} more are pending.";

    public static string AskPlace(string language) => language == Language.Spanish
        ? "¿Qué condado o ciudad? Escríbame su nombre."
        : "Which county or city? Send me its name.";

    /// <summary>"Gaston County, NC"; a place the list does not have, as the question gave it ("Mecklenburg County, NC").</summary>
    public static string PlaceName(string display, string? state) => state is null ? display : $"{display}, {state}";

    public static string UnlistedName(string name, PlaceKind kind, string language) => kind switch
    {
        PlaceKind.County => language == Language.Spanish ? $"el condado de {PlaceNames.Title(name)}" : $"{PlaceNames.Title(name)} County",
        PlaceKind.City => language == Language.Spanish ? $"la ciudad de {PlaceNames.Title(name)}" : $"the city of {PlaceNames.Title(name)}",
        _ => PlaceNames.Title(name),
    };

    // The SMS summary: the main thing in at most two segments.
    public static string SummaryYes(string place, string agencies, DateOnly asOf, string language) => language == Language.Spanish
        ? $"Sí: {place} tiene 287(g) con ICE: {agencies}. Lista de ICE del {Date(asOf, language)} [1]"
        : $"Yes: {place} has 287(g) with ICE: {agencies}. ICE's list as of {Date(asOf, language)} [1]";

    public static string SummaryPending(string place, string agencies, DateOnly asOf, string language) => language == Language.Spanish
        ? $"{place}: 287(g) pendiente, sin firmar: {agencies}. Lista de ICE del {Date(asOf, language)} [1]"
        : $"{place}: 287(g) pending, not signed: {agencies}. ICE's list as of {Date(asOf, language)} [1]";

    public static string SummaryNotShown(string place, DateOnly asOf, string language) => language == Language.Spanish
        ? $"La lista 287(g) de ICE del {Date(asOf, language)} no muestra {place} [1]. Solo cubre 287(g), no detainers ni datos."
        : $"ICE's 287(g) list as of {Date(asOf, language)} does not show {place} [1]. It covers only 287(g), not detainers or data sharing.";

    public static string SummaryState(UsState state, StateAgreementCounts counts, DateOnly asOf, Func<string, string> shortModel, string language)
    {
        var name = state.NameIn(language);
        var models = string.Join(", ", counts.ByModel.Where(m => m.Value > 0).OrderByDescending(m => m.Value).Select(m => $"{m.Value} {shortModel(m.Key)}"));
        var pending = counts.PendingAgencies > 0 ? (language == Language.Spanish ? $" {counts.PendingAgencies} pendientes." : $" {counts.PendingAgencies} pending.") : string.Empty;
        return counts.Agencies == 0
            ? language == Language.Spanish
                ? $"La lista 287(g) de ICE del {Date(asOf, language)} no muestra agencias de {name} [1].{pending} Solo cubre 287(g)."
                : $"ICE's 287(g) list as of {Date(asOf, language)} shows no agency in {name} [1].{pending} It covers only 287(g)."
            : language == Language.Spanish
                ? $"{name}: {counts.Agencies} agencias con 287(g) en la lista de ICE del {Date(asOf, language)} [1]: {models}.{pending}"
                : $"{name}: {counts.Agencies} agencies with 287(g) on ICE's list as of {Date(asOf, language)} [1]: {models}.{pending}";
    }

    public static string SummaryStale(string language) => language == Language.Spanish ? " Puede estar desactualizada." : " It may be out of date.";
}
