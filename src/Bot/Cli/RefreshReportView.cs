using System.Globalization;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.Knowledge.Sources;
using Spectre.Console;

namespace KnowYourRights.Bot.Cli;

/// <summary>The refresh report as a table per source and a verdict (shared by <c>index refresh</c> and <c>index status</c>).</summary>
internal static class RefreshReportView
{
    public static void Write(IAnsiConsole console, RefreshReport report, bool verdict = true)
    {
        if (report.Sources.Count > 0)
        {
            console.Write(SourcesTable(report.Sources));
        }
        console.MarkupLine(Markup.Escape(
            $"Documents: {report.Documents} ({report.PaperPassages} paper passages, {report.Cards} answer cards, {report.SourcePassages} source passages)."));
        if (report.Validation.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"Validation: {report.Validation.Count(v => v.Passed)} of {report.Validation.Count} questions answered as expected."));
        }
        foreach (var problem in report.ValidationProblems)
        {
            console.MarkupLine("[red]  " + Markup.Escape(problem) + "[/]");
        }
        if (!verdict)
        {
            return;
        }
        if (report.Live)
        {
            console.MarkupLine(Markup.Escape(
                $"Index {report.Version} is live{(report.PreviousVersion is null ? string.Empty : $" (was {report.PreviousVersion}; 'index rollback' returns to it)")}.")
                + (report.Failed > 0 ? $" [yellow]{report.Failed} source(s) failed; their last good text, if any, was used.[/]" : string.Empty));
        }
        else
        {
            console.MarkupLine("[red]Nothing changed: " + Markup.Escape(report.Problem ?? "the refresh did not finish") + "[/]");
            console.MarkupLine(Markup.Escape($"The live index is still {report.PreviousVersion ?? "(none)"}."));
        }
    }

    public static Table SourcesTable(IReadOnlyList<SourceFetchResult> sources)
    {
        var table = new Table().AddColumns("Source", "Status", "Why", "Characters", "Passages");
        table.Columns[3].RightAligned();
        table.Columns[4].RightAligned();
        foreach (var source in sources)
        {
            var status = source.Status switch
            {
                SourceStatus.Fetched => "[green]fetched[/]",
                SourceStatus.Failed => "[red]failed[/]",
                _ => Markup.Escape(source.Status),
            };
            var why = source.Reason is null ? string.Empty
                : source.Reason + (source.Status == SourceStatus.Failed ? source.FromCache ? " (kept cached text)" : " (no cached text)" : string.Empty);
            table.AddRow(
                Markup.Escape(source.SourceId),
                status,
                Markup.Escape(why),
                source.Characters.ToString("N0", CultureInfo.InvariantCulture),
                source.Passages.ToString(CultureInfo.InvariantCulture));
        }
        return table;
    }
}
