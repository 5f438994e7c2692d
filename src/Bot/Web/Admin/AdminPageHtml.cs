using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Web.Outreach;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Insights;
using Microsoft.AspNetCore.Antiforgery;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// The admin page's HTML: server-rendered, no script, styles inline (allowed by hash in
/// <see cref="ContentSecurityPolicy"/>), and every form a plain POST carrying the antiforgery token.
/// </summary>
internal static class AdminPageHtml
{
    /// <summary>The largest groups shown; each carries a card chooser, so all of them would make a page of megabytes.</summary>
    public const int MaxGroupsShown = 40;

    private const string Css = """
        body { font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        label { font-weight: 600; }
        input, select, button, textarea { font: inherit; }
        input[type=password], select, textarea { padding: .4rem; border: 1px solid #555; border-radius: 4px; }
        textarea { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; }
        button { background: #0b5394; color: #fff; border: 0; border-radius: 4px; padding: .4rem .9rem; cursor: pointer; }
        button.secondary { background: #fff; color: #0b5394; border: 1px solid #0b5394; }
        button:disabled, button.secondary:disabled { background: #e8e8e8; color: #444; border: 1px solid #999; cursor: not-allowed; }
        :focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
        .row { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; margin: .5rem 0; }
        .note { background: #eef4fb; border-left: 4px solid #0b5394; padding: .5rem; }
        .warn { background: #fff4e5; border-left: 4px solid #b35c00; padding: .5rem; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { text-align: left; padding: .2rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .chart text { font-size: 10px; fill: #1b1b1b; } .chart .axis { stroke: #555; }
        .legend { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: middle; }
        .ch0 { fill: #0b5394; background: #0b5394; } .ch1 { fill: #b35c00; background: #b35c00; } .ch2 { fill: #2e7d32; background: #2e7d32; }
        .ch3 { fill: #6a1b9a; background: #6a1b9a; } .ch4 { fill: #00838f; background: #00838f; } .ch5 { fill: #616161; background: #616161; }
        .group { border: 1px solid #ccc; border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
        .group h3 { font-size: 1rem; margin: .2rem 0; }
        .group ul { margin: .3rem 0; }
        """;

    /// <summary>The admin page may load nothing, run no script, be framed by no one and post only to itself.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("\n" + Css + "\n")))}'; "
        + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static string SignIn(AntiforgeryTokenSet tokens, bool wrongKey)
    {
        var error = wrongKey ? "<p class=\"warn\" role=\"alert\" id=\"key-error\">That key is not right.</p>" : string.Empty;
        return HtmlDocument.Render("Admin: sign in", Css, $$"""
            <main>
            <h1>Admin sign-in</h1>
            <p>Sign in with the admin key (configuration <code>Admin:ApiKey</code>).</p>
            {{error}}
            <form method="post" action="/admin/sign-in">
              {{Token(tokens)}}
              <div class="row">
                <label for="key">Admin key</label>
                <input type="password" id="key" name="key" required autocomplete="off"{{(wrongKey ? " aria-describedby=\"key-error\"" : string.Empty)}}>
                <button type="submit">Sign in</button>
              </div>
            </form>
            </main>
            """);
    }

    public static string Dashboard(AdminDashboard model, AntiforgeryTokenSet tokens, string? notice, YamlSnippet? yaml)
    {
        var h = HtmlEncoder.Default;
        var index = model.Index;
        var body = new StringBuilder();
        body.Append($$"""
            <header class="row"><h1>Know Your Rights: admin</h1>
            <form method="post" action="/admin/sign-out">{{Token(tokens)}}<button type="submit" class="secondary">Sign out</button></form></header>
            <main>
            """);
        if (notice is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" role=\"status\">{h.Encode(notice)}</p>");
        }

        // The live index and its refresh / rollback.
        var refresh = index.Refresh;
        var last = refresh.Running ? "running now"
            : refresh.LastError is { } error ? "did not run: " + error
            : refresh.LastLive is true ? $"made {refresh.LastVersion} live"
            : refresh.LastLive is false ? "nothing changed: " + refresh.LastProblem
            : "none since this process started";
        var agreements = index.Agreements is { } list
            ? $"as of {list.AsOf}: {list.Participating} agreements, {list.Pending} pending; last refresh: "
                + (list.LastRefresh is { } done ? done.Status + (done.Why is null ? string.Empty : " (" + done.Why + ")") : "none")
            : "none";
        var built = index.BuiltAt is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "unknown";
        var refreshDisabled = refresh.Running ? " disabled" : string.Empty;
        var rollbackDisabled = index.RollbackTarget is null ? " disabled" : string.Empty;
        var rollbackTarget = h.Encode(index.RollbackTarget ?? "none");
        var rollbackLabel = index.RollbackTarget is null ? "Roll back (no earlier version)" : "Roll back to " + rollbackTarget;
        body.Append(CultureInfo.InvariantCulture, $$"""
            <h2>Live index</h2>
            <table>
            <tr><th scope="row">Version</th><td>{{h.Encode(index.Version)}}</td></tr>
            <tr><th scope="row">Built</th><td>{{built}}</td></tr>
            <tr><th scope="row">Documents</th><td>{{index.Documents}} ({{index.SourcePassages}} source passages)</td></tr>
            <tr><th scope="row">Rollback target</th><td>{{rollbackTarget}}</td></tr>
            <tr><th scope="row">Last refresh here</th><td>{{h.Encode(last)}}</td></tr>
            <tr><th scope="row">ICE's 287(g) list</th><td>{{h.Encode(agreements)}}</td></tr>
            </table>
            <div class="row">
            <form method="post" action="/admin/refresh">{{Token(tokens)}}
              <input type="checkbox" id="offline" name="offline" value="true"> <label for="offline">Offline (cached sources only)</label>
              <button type="submit"{{refreshDisabled}}>Refresh the index</button>
            </form>
            <form method="post" action="/admin/rollback">{{Token(tokens)}}
              <button type="submit" class="secondary"{{rollbackDisabled}}>{{rollbackLabel}}</button>
            </form>
            </div>
            """);

        if (!model.Insights.Enabled)
        {
            body.Append("<h2>Questions</h2><p class=\"note\">Insights are off (<code>Insights:Enabled=false</code>): nothing is kept, so there is nothing to show. Metrics still count on <code>/metrics</code>.</p></main>");
            return HtmlDocument.Render("Admin", Css, body.ToString());
        }

        var total = model.Counts.Sum(c => c.Count);
        var topCards = model.Counts.Where(c => c.CardId is not null && c.Outcome == AnswerKinds.Card).GroupBy(c => c.CardId!)
            .Select(g => (Id: g.Key, Count: g.Sum(c => c.Count))).OrderByDescending(g => g.Count).ThenBy(g => g.Id, StringComparer.Ordinal).Take(10).ToList();
        body.Append(CultureInfo.InvariantCulture, $"<h2>Questions, {model.FirstDay:yyyy-MM-dd} to {model.Today:yyyy-MM-dd} (UTC days)</h2><p>Questions in all: {total}.</p>");
        body.Append(DailyChart.Render(model.Counts, model.FirstDay, model.Today));

        body.Append("<h2>Outcomes</h2><table><thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Questions</th><th scope=\"col\">Share</th></tr></thead><tbody>");
        foreach (var outcome in model.Counts.GroupBy(c => c.Outcome).Select(g => (g.Key, Count: g.Sum(c => c.Count))).OrderByDescending(g => g.Count))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(OutcomeName(outcome.Key))}</td><td class=\"num\">{outcome.Count}</td><td class=\"num\">{(double)outcome.Count / Math.Max(1, total):P0}</td></tr>");
        }
        body.Append("</tbody></table>");

        body.Append("<h2>Top cards</h2><table><thead><tr><th scope=\"col\">Card</th><th scope=\"col\">Answers</th></tr></thead><tbody>");
        if (topCards.Count == 0)
        {
            body.Append("<tr><td colspan=\"2\">No card answers yet.</td></tr>");
        }
        foreach (var card in topCards)
        {
            var topic = model.Cards.TryGet(card.Id, out var known) ? known.Topic : card.Id;
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(topic)} <code>{h.Encode(card.Id)}</code></td><td class=\"num\">{card.Count}</td></tr>");
        }
        body.Append("</tbody></table>");
        body.Append(FeedbackSectionHtml.Render(model));

        body.Append("<h2 id=\"unanswered\">Unanswered and unsure questions</h2>");
        if (!model.Insights.StoreText)
        {
            body.Append("<p class=\"note\">Question text is not kept (<code>Insights:StoreText=false</code>): only the counts above.</p>");
        }
        else if (model.Groups.Count == 0)
        {
            body.Append("<p>None kept in this window.</p>");
        }
        else
        {
            body.Append("<p>Declines, \"did you mean\", quoted-source answers and unsure cards, with personal details removed (shown as […]), grouped by likeness. Choose a card to get the group's questions as lines for its <code>questions:</code> list.</p>");
            var shown = model.Groups.Sum(g => g.Questions.Count);
            body.Append(CultureInfo.InvariantCulture, $"<p id=\"redaction-cost\">Mostly […]: {model.MostlyRedacted} of {shown} kept questions ({(shown == 0 ? 0 : 100.0 * model.MostlyRedacted / shown):0} %). A word is kept only when the knowledge or a common-word list knows it, so a name the scrubber missed is never written; the cost is the rare word no list knows.</p>");
        }
        var cardOptions = string.Concat(model.Cards.Cards.OrderBy(c => c.Topic, StringComparer.OrdinalIgnoreCase)
            .Select(c => $"<option value=\"{h.Encode(c.Id)}\"{(yaml?.CardId == c.Id ? " selected" : string.Empty)}>{h.Encode(c.Topic)} ({h.Encode(c.Id)})</option>"));
        foreach (var group in model.Groups.Take(MaxGroupsShown))
        {
            var outcomes = string.Join(", ", group.Questions.GroupBy(q => q.Outcome).Select(g => $"{OutcomeName(g.Key)} {g.Count()}"));
            var channels = string.Join(", ", group.Questions.GroupBy(q => q.Channel).Select(g => $"{g.Key} {g.Count()}"));
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"group\" aria-labelledby=\"group-{group.Id}\"><h3 id=\"group-{group.Id}\">{group.Questions.Count} × “{h.Encode(group.Questions[0].Text)}”</h3>");
            body.Append(CultureInfo.InvariantCulture, $"<p>{h.Encode(outcomes)} · {h.Encode(channels)} · {group.Questions[^1].Day:yyyy-MM-dd} to {group.Questions[0].Day:yyyy-MM-dd}</p><ul>");
            foreach (var example in group.Questions.Select(q => q.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(5))
            {
                body.Append(CultureInfo.InvariantCulture, $"<li>{h.Encode(example)}</li>");
            }
            body.Append(CultureInfo.InvariantCulture, $$"""
                </ul>
                <form method="post" action="/admin/ways-of-asking#yaml-{{group.Id}}" class="row">{{Token(tokens)}}
                  <input type="hidden" name="group" value="{{group.Id}}">
                  <label for="card-{{group.Id}}">Card</label>
                  <select id="card-{{group.Id}}" name="card">{{cardOptions}}</select>
                  <button type="submit">Make YAML</button>
                </form>
                """);
            if (yaml is not null && yaml.GroupId == group.Id)
            {
                body.Append(CultureInfo.InvariantCulture, $"<label for=\"yaml-{group.Id}\">Ways of asking for {h.Encode(yaml.CardId)}</label><textarea id=\"yaml-{group.Id}\" rows=\"{Math.Min(12, yaml.Text.Count(c => c == '\n') + 1)}\" readonly>{h.Encode(yaml.Text)}</textarea>");
            }
            body.Append("</section>");
        }
        if (model.Groups.Count > MaxGroupsShown)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{model.Groups.Count - MaxGroupsShown} smaller groups are not shown.</p>");
        }
        body.Append("</main>");
        return HtmlDocument.Render("Admin", Css, body.ToString());
    }

    private static string Token(AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty)}\">";

    private static string OutcomeName(string outcome) => outcome switch
    {
        AnswerKinds.Card => "card",
        AnswerKinds.Extractive => "quoted sources",
        AnswerKinds.DidYouMean => "did you mean",
        AnswerKinds.Decline => "declined",
        AnswerKinds.Welcome => "greeting",
        AnswerKinds.Error => "error",
        AnswerKinds.Local287g => "ICE 287(g) list (a place)",
        AnswerKinds.Urgent => "urgent (hotline)",
        QuestionOutcome.LowConfidence => "unsure card",
        _ => outcome,
    };
}

/// <summary>A YAML list made for one group and one card.</summary>
internal sealed record YamlSnippet(long GroupId, string CardId, string Text);
