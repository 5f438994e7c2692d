using KnowYourRights.Knowledge.Agreements;
using MiniExcelLibs;

namespace KnowYourRights.Knowledge.Tests.Agreements;

/// <summary>ICE's spreadsheets as published (seeds/287g), and broken ones written with the same reader's library.</summary>
public class AgreementSpreadsheetTests
{
    private static readonly Lazy<AgreementList> Seeded = new(() => AgreementSeeds.Load(SeedFiles.Folder)!);

    [Fact]
    public void The_seeded_list_is_read_whole_with_its_date()
    {
        var list = Seeded.Value;

        Assert.Equal(new DateOnly(2025, 7, 18), list.AsOf);
        Assert.Equal(832, list.Participating.Count);
        Assert.Equal(26, list.Pending.Count);
        Assert.Equal(690, list.AgencyCount);
        Assert.All(list.Participating.Concat(list.Pending), a => Assert.Contains(a.Model, AgreementModels.All));
        Assert.All(list.Participating.Concat(list.Pending), a => Assert.NotNull(UsStates.FromCode(a.State)));
        Assert.True(list.Participating.Count(a => a.Signed is not null) >= 830);
        Assert.All(list.Pending, a => Assert.Null(a.Signed));
        Assert.Equal(118, list.Participating.Count(a => a.State == "TX"));
    }

    [Fact]
    public void Dates_are_read_from_excel_serials_and_models_from_cells_with_stray_spaces()
    {
        var gaston = Assert.Single(Seeded.Value.Participating, a => a.Agency == "Gaston County Sheriff's Office");

        Assert.Equal(("NC", "County", "Gaston County", AgreementModels.JailEnforcement, new DateOnly(2020, 6, 9)), (gaston.State, gaston.Type, gaston.County, gaston.Model, gaston.Signed));
        Assert.Equal(408 + 7, Seeded.Value.Participating.Count(a => a.Model == AgreementModels.TaskForce));
    }

    [Fact]
    public void A_spreadsheet_missing_a_column_is_refused_and_names_it()
    {
        var sheet = Write(new[] { new { STATE = "TEXAS", AGENCY = "Somewhere PD", TYPE = "Municipality", COUNTY = "Harris County", SUPPORT = "Task Force Model", SIGNED = "2025-01-01" } });

        var error = Assert.Throws<AgreementListException>(() => AgreementSpreadsheet.Read(sheet, signed: true));

        Assert.Contains("LAW ENFORCEMENT AGENCY", error.Message);
    }

    [Fact]
    public void A_row_with_a_state_that_is_not_one_is_refused()
    {
        var sheet = WriteList(("Narnia", "Cair Paravel Police Department", "Task Force Model"));

        var error = Assert.Throws<AgreementListException>(() => AgreementSpreadsheet.Read(sheet, signed: true));

        Assert.Contains("'Narnia' is not a US state", error.Message);
    }

    [Fact]
    public void A_row_with_an_unknown_support_type_is_refused()
    {
        var sheet = WriteList(("TEXAS", "Somewhere Police Department", "Border Model"));

        Assert.Contains("not a 287(g) support type", Assert.Throws<AgreementListException>(() => AgreementSpreadsheet.Read(sheet, signed: true)).Message);
    }

    [Fact]
    public void A_file_that_is_not_a_spreadsheet_is_refused()
    {
        using var html = new MemoryStream("<html><body>Access denied</body></html>"u8.ToArray());

        Assert.Contains("not a readable .xlsx", Assert.Throws<AgreementListException>(() => AgreementSpreadsheet.Read(html, signed: true)).Message);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_postal_codes_are_states()
    {
        var sheet = WriteList(("NC", "Gastonia Police Department", "Task Force Model"), (string.Empty, string.Empty, string.Empty), ("North Carolina", "Lincoln County Sheriff's Office", "Jail Enforcement Model "));

        var rows = AgreementSpreadsheet.Read(sheet, signed: true);

        Assert.Equal(["NC", "NC"], rows.Select(r => r.State));
        Assert.Equal([AgreementModels.TaskForce, AgreementModels.JailEnforcement], rows.Select(r => r.Model));
        Assert.Equal(new DateOnly(2025, 3, 1), rows[0].Signed);
    }

    [Fact]
    public void The_validator_refuses_a_list_far_smaller_than_the_last_good_one()
    {
        var last = Seeded.Value;
        var half = last with { Participating = last.Participating.Take(300).ToList() };
        var most = last with { Participating = last.Participating.Take(700).ToList() };

        Assert.Contains(AgreementListValidator.Problems(half, last), p => p.Contains("300 participating rows", StringComparison.Ordinal));
        Assert.Empty(AgreementListValidator.Problems(most, last));
        Assert.Contains(AgreementListValidator.Problems(last with { Participating = last.Participating.Take(10).ToList() }, null), p => p.Contains("only 10", StringComparison.Ordinal));
    }

    private static MemoryStream WriteList(params (string State, string Agency, string Model)[] rows) =>
        Write(rows.Select(r => new Dictionary<string, object>
        {
            ["STATE"] = r.State, ["LAW ENFORCEMENT AGENCY"] = r.Agency, ["TYPE"] = r.Agency.Length == 0 ? string.Empty : "County",
            ["COUNTY"] = string.Empty, ["SUPPORT TYPE"] = r.Model, ["SIGNED"] = r.Agency.Length == 0 ? string.Empty : "3/1/2025",
        }).ToList());

    private static MemoryStream Write(object rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }
}
