using System.Globalization;
using MiniExcelLibs;

namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// Reads one of ICE's 287(g) spreadsheets (.xlsx, with MiniExcel): the header row is found by its
/// names (STATE, LAW ENFORCEMENT AGENCY, TYPE, COUNTY, SUPPORT TYPE and, for the participating
/// list, SIGNED), so added or moved columns do not matter but a missing one is an error; blank
/// rows are skipped; every other row must name a US state and one of the three support types.
/// </summary>
public static class AgreementSpreadsheet
{
    private const string StateColumn = "STATE";
    private const string AgencyColumn = "LAW ENFORCEMENT AGENCY";
    private const string TypeColumn = "TYPE";
    private const string CountyColumn = "COUNTY";
    private const string ModelColumn = "SUPPORT TYPE";
    private const string SignedColumn = "SIGNED";

    /// <summary>The header must be in the first rows (ICE's has it in the first).</summary>
    private const int HeaderSearchRows = 10;

    /// <summary>Reads the rows of a spreadsheet. Throws <see cref="AgreementListException"/> for anything that is not ICE's list.</summary>
    /// <param name="signed">True for the participating list (a SIGNED column), false for the pending one.</param>
    public static IReadOnlyList<AgencyAgreement> Read(Stream xlsx, bool signed)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(xlsx, useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new AgreementListException($"not a readable .xlsx spreadsheet ({e.GetType().Name})", e);
        }
        var required = signed
            ? new[] { StateColumn, AgencyColumn, TypeColumn, CountyColumn, ModelColumn, SignedColumn }
            : new[] { StateColumn, AgencyColumn, TypeColumn, CountyColumn, ModelColumn };
        var headerIndex = rows.Take(HeaderSearchRows).ToList()
            .FindIndex(row => row.Values.Count(v => required.Contains(Cell(v).ToUpperInvariant())) >= 2);
        if (headerIndex < 0)
        {
            throw new AgreementListException($"no header row ({string.Join(", ", required)}) in the first {HeaderSearchRows} rows");
        }
        var columns = rows[headerIndex]
            .Where(c => Cell(c.Value).Length > 0)
            .GroupBy(c => Cell(c.Value).ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var missing = required.Where(name => !columns.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new AgreementListException($"column(s) missing: {string.Join(", ", missing)}");
        }

        var agreements = new List<AgencyAgreement>();
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            var row = rows[i];
            string Get(string column) => Cell(row.TryGetValue(columns[column], out var value) ? value : null);
            var agency = Get(AgencyColumn);
            var stateCell = Get(StateColumn);
            if (agency.Length == 0 && stateCell.Length == 0)
            {
                continue;
            }
            var number = i + 1;
            var state = UsStates.Parse(stateCell)
                ?? throw new AgreementListException($"row {number}: '{stateCell}' is not a US state");
            if (agency.Length == 0)
            {
                throw new AgreementListException($"row {number}: no agency");
            }
            var model = AgreementModels.Parse(Get(ModelColumn))
                ?? throw new AgreementListException($"row {number}: '{Get(ModelColumn)}' is not a 287(g) support type");
            DateOnly? date = signed ? Date(row.TryGetValue(columns[SignedColumn], out var cell) ? cell : null) : null;
            agreements.Add(new AgencyAgreement(state.Code, agency, Get(TypeColumn), Get(CountyColumn), model, date));
        }
        return agreements;
    }

    /// <summary>Text dates as ICE's staff might type them (the app runs in invariant globalization mode: no culture's formats).</summary>
    private static readonly string[] TextDates = ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy", "M/d/yy"];

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };

    /// <summary>ICE's SIGNED cells are Excel date serials (45833 = 2025-06-24); a text date is read too; anything else is no date.</summary>
    private static DateOnly? Date(object? value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        double serial when serial is > 20000 and < 80000 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        int serial when serial is > 20000 and < 80000 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000
            => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string s when DateOnly.TryParseExact(s.Trim(), TextDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => null,
    };
}
