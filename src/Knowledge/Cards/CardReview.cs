using System.Globalization;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// Who last checked a card's text against its sources, when, and how often it must be checked
/// again (legal-aid services review every public answer on a schedule). The English text and the
/// Spanish one are reviewed apart: a translator may check the Spanish on another day, or never.
/// </summary>
/// <param name="Reviewed">When the English text was last checked against the paper and its sources; null when never.</param>
/// <param name="ReviewedBy">A role or organisation ("immigration attorney, Example Legal Aid"), never required to be a name.</param>
/// <param name="EveryMonths">How many months a review holds (<see cref="DefaultMonths"/> unless the card says otherwise).</param>
/// <param name="ReviewedEs">When the Spanish text was last checked; null when never.</param>
public sealed record CardReview(DateOnly? Reviewed, string? ReviewedBy, int EveryMonths, DateOnly? ReviewedEs)
{
    /// <summary>A yearly review, as legal-aid self-help guidance asks.</summary>
    public const int DefaultMonths = 12;

    /// <summary>A card with no review metadata: never reviewed, due now.</summary>
    public static CardReview Never { get; } = new(null, null, DefaultMonths, null);

    /// <summary>When the text in <paramref name="language"/> was last reviewed (the Spanish review for Spanish).</summary>
    public DateOnly? ReviewedIn(string language) => language == Language.Spanish ? ReviewedEs : Reviewed;

    /// <summary>The day the text in <paramref name="language"/> falls due; null when it was never reviewed (due already).</summary>
    public DateOnly? DueOn(string language) => ReviewedIn(language)?.AddMonths(EveryMonths);

    /// <summary>True when the text in <paramref name="language"/> was never reviewed or its review has run out by <paramref name="today"/>.</summary>
    public bool IsDue(DateOnly today, string language) => DueOn(language) is not { } due || today >= due;

    /// <summary>Reads <c>reviewEvery</c>: "12 months", "6 months", "1 year", "2 years" or a bare number of months.</summary>
    public static int ParseInterval(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 1 or 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            var unit = parts.Length == 2 ? parts[1] : "months";
            if (unit is "month" or "months")
            {
                return count;
            }
            if (unit is "year" or "years")
            {
                return count * 12;
            }
        }
        throw new FormatException($"'{text}' is not an interval: write '12 months' or '1 year'.");
    }

    /// <summary>Writes an interval the way <see cref="ParseInterval"/> reads it.</summary>
    public static string FormatInterval(int months) => string.Create(CultureInfo.InvariantCulture, $"{months} months");

    /// <summary>Reads a review date: an ISO day, <c>YYYY-MM-DD</c>.</summary>
    public static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date: write YYYY-MM-DD.");

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
