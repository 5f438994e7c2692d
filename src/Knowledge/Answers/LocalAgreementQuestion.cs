using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Whether a question (normalized: lower case, no accents or punctuation) asks about a place's
/// 287(g) agreement or its work with ICE, rather than about another of the paper's subjects
/// (detainers, courts, driver's licenses, raids, grants, lawsuits, …), which stay with the cards
/// even when a place is named ("did ICE raid Austin to punish the Travis County sheriff?").
/// </summary>
internal static partial class LocalAgreementQuestion
{
    /// <summary>287(g) named: "287(g)", "287g", "287 g".</summary>
    public static bool Names287g(string normalized) => Program287g().IsMatch(normalized);

    /// <summary>Working with ICE: "work with ICE", "cooperate with immigration", "trabaja con la migra", "acuerdo con ICE".</summary>
    public static bool AsksAboutWorkWithIce(string normalized) => Ice().IsMatch(normalized) && Work().IsMatch(normalized);

    /// <summary>Another of the paper's subjects, or the past (a year before the list's): the cards answer it.</summary>
    public static bool AboutSomethingElse(string normalized, int listYear) =>
        OtherTopic().IsMatch(normalized)
        || Year().Matches(normalized).Any(m => int.Parse(m.Value, CultureInfo.InvariantCulture) < listYear);

    [GeneratedRegex(@"\b287\s?g\b|\b287\b")]
    private static partial Regex Program287g();

    [GeneratedRegex(@"\b(ice|migra|inmigracion|immigration|deportation|deportaciones|deportar|federales)\b")]
    private static partial Regex Ice();

    [GeneratedRegex(@"\b(work|works|working|worked|cooperat\w*|collaborat\w*|help\w*|partner\w*|agreement\w*|deal|deals|contract\w*|sign\w*|program\w*|deputiz\w*|participat\w*|join\w*|enforce\w*|trabaj\w*|colabor\w*|coopera\w*|ayud\w*|acuerdo\w*|convenio\w*|firm\w*|particip\w*|list|lista)\b")]
    private static partial Regex Work();

    [GeneratedRegex(@"\b(detainers?|holds?|court\w*|corte\w*|tribunal\w*|dmv|licen[sc]e\w*|licencia\w*|fingerprint\w*|huellas?|raid\w*|redada\w*|grants?|sue|sued|suing|lawsuits?|demand\w*|investigat\w*|investiga\w*|profil\w*|perfil\w*|civil rights|executive order|orden ejecutiva|judge|juez|vot\w*|punish\w*|castig\w*|threat\w*|amenaz\w*|data|datos|school\w*|escuela\w*|hospital\w*|clinic\w*|sanctuary|santuario\w*|secure communities|comunidades seguras|criminal alien|pep|barr|trump|biden|obama|paper|documento|report|informe|study|estudio|basic ordering|interview\w*|entrevista\w*|article\w*|articulo\w*|piece|wrote|written|author\w*|autor\w*|aclu|news|noticia\w*|citizen\w*|ciudadan\w*)\b")]
    private static partial Regex OtherTopic();

    [GeneratedRegex(@"\b(19[5-9]\d|20[0-4]\d)\b")]
    private static partial Regex Year();
}
