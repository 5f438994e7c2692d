using System.Globalization;
using System.Text;
using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// <c>/topics/287g-local</c>: ICE's 287(g) list by state (count and models, each state a link), and
/// <c>/topics/287g-local/{state}</c>: that state's agencies by county, with their models and signed
/// dates, and the pending ones. The list's date and ICE's link on both; no script, and compact
/// enough that Florida's 300 agreements stay under the pages' 30 KB budget.
/// </summary>
internal static class LocalAgreementsPage
{
    public const string Path = "/topics/287g-local";

    public static string Render(AgreementList list, bool stale, PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var x = LocalAgreementsTexts.For(t);
        var main = new StringBuilder($"<p class=\"small\"><a href=\"/topics{t.Query}\">{h.Encode(t.AllTopics)}</a></p><h1>{h.Encode(x.Title)}</h1>");
        main.Append(Header(list, stale, t, x));
        var byState = list.Participating.GroupBy(a => a.State).ToDictionary(g => g.Key, g => g.ToList());
        var pending = list.Pending.GroupBy(a => a.State).ToDictionary(g => g.Key, g => g.Select(a => a.Agency).Distinct().Count());
        main.Append($"<h2>{h.Encode(x.StatesHeading)}</h2><ul>");
        foreach (var state in UsStates.All.Where(s => byState.ContainsKey(s.Code) || pending.ContainsKey(s.Code)).OrderBy(s => s.NameIn(t.Language), StringComparer.Ordinal))
        {
            var rows = byState.GetValueOrDefault(state.Code) ?? [];
            var models = string.Join(", ", AgreementModels.All.Select(m => (Model: m, Count: rows.Count(a => a.Model == m))).Where(m => m.Count > 0).Select(m => $"{m.Count} {Short(m.Model)}"));
            var waiting = pending.GetValueOrDefault(state.Code);
            main.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Path}/{state.Code.ToLowerInvariant()}{t.Query}\">{h.Encode(state.NameIn(t.Language))}</a>: {h.Encode(x.Agencies(rows.Select(a => a.Agency).Distinct().Count()))}")
                .Append(models.Length > 0 ? $" ({models})" : string.Empty)
                .Append(waiting > 0 ? $"; {h.Encode(x.Pending(waiting))}" : string.Empty)
                .Append("</li>");
        }
        main.Append("</ul>");
        var none = UsStates.All.Where(s => !byState.ContainsKey(s.Code) && !pending.ContainsKey(s.Code)).Select(s => s.NameIn(t.Language)).Order(StringComparer.Ordinal);
        main.Append($"<p>{h.Encode(x.NoAgreements)} {h.Encode(string.Join(", ", none))}.</p>");
        main.Append($"<p class=\"small\">{h.Encode(x.Legend)}</p>");
        main.Append(AskForm.Render(t, t.QuestionLabel));
        return PageFrame.Render(t, x.Title, Path, main.ToString());
    }

    public static string RenderState(AgreementList list, UsState state, bool stale, PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var x = LocalAgreementsTexts.For(t);
        var name = state.NameIn(t.Language);
        var main = new StringBuilder($"<p class=\"small\"><a href=\"{Path}{t.Query}\">{h.Encode(x.AllStates)}</a></p><h1>{h.Encode(x.StateTitle(name))}</h1>");
        main.Append(Header(list, stale, t, x));
        main.Append($"<p class=\"small\">{h.Encode(x.Legend)}</p>");
        var rows = list.Participating.Where(a => a.State == state.Code).ToList();
        foreach (var county in rows.GroupBy(a => AgreementGazetteer.CountyName(a.County) is null ? null : a.County.Trim()).OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            main.Append($"<h2>{h.Encode(county.Key ?? x.StateAgencies)}</h2><ul>");
            foreach (var agency in county.GroupBy(a => a.Agency.Trim()).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
            {
                var models = string.Join(", ", agency.OrderBy(a => a.Signed).Select(a => Short(a.Model) + (a.Signed is { } d ? " " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)));
                main.Append($"<li>{h.Encode(agency.Key)}: {models}</li>");
            }
            main.Append("</ul>");
        }
        var pending = list.Pending.Where(a => a.State == state.Code).GroupBy(a => a.Agency.Trim()).ToList();
        if (pending.Count > 0)
        {
            main.Append($"<h2>{h.Encode(x.PendingHeading)}</h2><ul>");
            foreach (var agency in pending.OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
            {
                main.Append($"<li>{h.Encode(agency.Key)}: {string.Join(", ", agency.Select(a => Short(a.Model)).Distinct())}</li>");
            }
            main.Append("</ul>");
        }
        main.Append(AskForm.Render(t, t.QuestionLabel));
        return PageFrame.Render(t, x.StateTitle(name), $"{Path}/{state.Code.ToLowerInvariant()}", main.ToString());
    }

    public static string NotFound(PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var x = LocalAgreementsTexts.For(t);
        var main = $"<h1>{h.Encode(x.NoState)}</h1><p><a href=\"{Path}{t.Query}\">{h.Encode(x.AllStates)}</a></p>{AskForm.Render(t, t.QuestionLabel)}";
        return PageFrame.Render(t, x.NoState, Path, main);
    }

    private static string Header(AgreementList list, bool stale, PageTexts t, LocalAgreementsTexts x)
    {
        var h = HtmlDocument.Encoder;
        var date = Knowledge.Answers.AsOfDate.Format(list.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Language);
        var url = list.PageUrl ?? AgreementSeeds.DefaultPageUrl;
        return $"<p><strong>{h.Encode(x.AsOf(date))}</strong> <a href=\"{h.Encode(url)}\">{h.Encode(x.IceList)}</a></p>"
            + (stale ? $"<p><strong>{h.Encode(x.Stale)}</strong></p>" : string.Empty)
            + $"<p>{h.Encode(x.Intro)}</p>";
    }

    private static string Short(string model) => model switch
    {
        AgreementModels.JailEnforcement => "JEM",
        AgreementModels.WarrantServiceOfficer => "WSO",
        AgreementModels.TaskForce => "TFM",
        _ => model,
    };
}
