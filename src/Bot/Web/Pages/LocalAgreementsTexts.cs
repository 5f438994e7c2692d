namespace KnowYourRights.Bot.Web.Pages;

/// <summary>The words of the 287(g)-by-place pages, in English and Spanish.</summary>
internal sealed class LocalAgreementsTexts(bool spanish)
{
    public static LocalAgreementsTexts For(PageTexts t) => new(t.Language == Knowledge.Text.Language.Spanish);

    public string Title => spanish ? "Acuerdos 287(g) por lugar" : "287(g) agreements by place";

    public string StateTitle(string state) => spanish ? $"Acuerdos 287(g) en {state}" : $"287(g) agreements in {state}";

    public string AsOf(string date) => spanish ? $"Según la lista de ICE del {date}." : $"From ICE's list as of {date}.";

    public string Intro => spanish
        ? "Con un acuerdo 287(g), policías o sheriffs locales hacen parte del trabajo de ICE. Esta lista solo muestra esos acuerdos: no muestra si una cárcel retiene a personas para ICE (detainers) o si comparte datos con ICE. Un lugar que no está aquí puede trabajar con ICE de otras formas."
        : "With a 287(g) deal, local police or sheriffs do some of ICE's work. This list shows only those deals: not whether a jail holds people for ICE (detainers) or shares data with ICE. A place that is not here may still work with ICE in other ways.";

    public string IceList => spanish ? "La lista actual de ICE" : "ICE's current list";

    public string Stale => spanish ? "Esta lista puede estar desactualizada: revise la lista actual de ICE." : "This list may be out of date: check ICE's current list.";

    public string StatesHeading => spanish ? "Estados" : "States";

    public string Agencies(int count) => spanish ? $"{count} agencias" : $"{count} agencies";

    public string Pending(int count) => spanish ? $"{count} pendientes" : $"{count} pending";

    public string NoAgreements => spanish ? "La lista no muestra agencias en estos estados:" : "The list shows no agency in these states:";

    public string Legend => spanish
        ? "JEM: modelo de cárcel (Jail Enforcement Model). WSO: Warrant Service Officer. TFM: Task Force Model (fuerza de tarea). Fechas: firma."
        : "JEM: Jail Enforcement Model. WSO: Warrant Service Officer. TFM: Task Force Model. Dates: when signed.";

    public string PendingHeading => spanish ? "Pendientes (pedidos, aún sin firmar)" : "Pending (asked for, not signed yet)";

    public string StateAgencies => spanish ? "Agencias estatales y otras" : "State and other agencies";

    public string AllStates => spanish ? "Todos los estados" : "All states";

    public string NoState => spanish ? "No hay tal estado" : "No such state";

    public string NoList => spanish ? "La lista de ICE no está cargada." : "ICE's list is not loaded.";
}
