using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>Configuration section "Local287g": answers about a place's 287(g) agreements from ICE's list.</summary>
public sealed class Local287gOptions
{
    public const string Section = "Local287g";

    /// <summary>Past this age, an answer from ICE's list says the list may be out of date (default 30 days).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>True when a list dated <paramref name="asOf"/> is older than <see cref="StaleAfter"/> at <paramref name="now"/>.</summary>
    public bool IsStale(DateOnly asOf, DateTimeOffset now) => now.UtcDateTime - asOf.ToDateTime(TimeOnly.MinValue) > StaleAfter;
}
