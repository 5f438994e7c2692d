using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Channels.Shared;

/// <summary>Phone numbers as configuration gives them (the app never handles a person's number here: only the service's own).</summary>
public static partial class PhoneNumbers
{
    /// <summary>E.164: "+", a country code and the number, 15 digits at most, no spaces (<c>+15550100100</c>).</summary>
    public static bool IsE164(string? number) => number is not null && E164().IsMatch(number);

    /// <summary>How a person reads an E.164 number: "+1 555 010 0100" for North America, else as it is.</summary>
    public static string ForDisplay(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal)
            ? $"+1 {e164[2..5]} {e164[5..8]} {e164[8..]}"
            : e164;

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();
}
