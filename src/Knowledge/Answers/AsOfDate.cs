using System.Globalization;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Shows an ISO partial date ("2020", "2020-11", "2020-11-05") the way people write dates.
/// Month names are listed here because the app runs with invariant globalization (no ICU).
/// </summary>
public static class AsOfDate
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Format(string isoDate, string language)
    {
        var spanish = language == Language.Spanish;
        var parts = isoDate.Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return isoDate;
        }
        var monthName = (spanish ? SpanishMonths : EnglishMonths)[month - 1];
        if (parts.Length == 3 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return spanish
                ? string.Create(CultureInfo.InvariantCulture, $"{day} de {monthName} de {year}")
                : string.Create(CultureInfo.InvariantCulture, $"{monthName} {day}, {year}");
        }
        return spanish
            ? string.Create(CultureInfo.InvariantCulture, $"{monthName} de {year}")
            : string.Create(CultureInfo.InvariantCulture, $"{monthName} {year}");
    }
}
