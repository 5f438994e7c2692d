using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// The deployment's rapid-response hotline, in configuration section "Urgent": where a message
/// about enforcement happening now is sent first. Unset, the urgent reply says to call a local
/// rapid-response hotline and gives the legal-help directories; it never makes a number up.
/// </summary>
public sealed class UrgentOptions
{
    public const string Section = "Urgent";

    /// <summary>The hotline's name as people know it ("Rapid Response Hotline"); short, so the SMS hotline line fits one segment.</summary>
    [StringLength(48)]
    public string? HotlineName { get; set; }

    /// <summary>The hotline's number in E.164 form (<c>+15550100100</c>), checked at start.</summary>
    [RegularExpression(@"^\+[1-9][0-9]{7,14}$", ErrorMessage = "Urgent:HotlinePhone must be in E.164 form, e.g. +15550100100.")]
    public string? HotlinePhone { get; set; }

    /// <summary>Optional: the hotline's web page, an absolute http(s) address (empty is none: the Azure template sets it empty).</summary>
    public string? HotlineUrl { get; set; }

    /// <summary>Whether <see cref="HotlineUrl"/> is empty or an absolute http(s) address.</summary>
    public bool HotlineUrlIsValid =>
        string.IsNullOrWhiteSpace(HotlineUrl)
        || (Uri.TryCreate(HotlineUrl.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp));

    /// <summary>Optional vetted text the deploying organisation writes, shown after the hotline (English).</summary>
    [StringLength(600)]
    public string? Message { get; set; }

    /// <summary>The same in Spanish.</summary>
    [StringLength(600)]
    public string? MessageEs { get; set; }

    /// <summary>The configured hotline, or null when no number is set.</summary>
    public UrgentHotline? Hotline => string.IsNullOrWhiteSpace(HotlinePhone)
        ? null
        : new UrgentHotline(string.IsNullOrWhiteSpace(HotlineName) ? DefaultName : HotlineName.Trim(), HotlinePhone.Trim(), string.IsNullOrWhiteSpace(HotlineUrl) ? null : HotlineUrl.Trim());

    /// <summary>The name said when only the number is configured.</summary>
    public const string DefaultName = "Rapid Response Hotline";

    /// <summary>The deployment's own text in <paramref name="language"/> (English when it has no Spanish one), or null.</summary>
    public string? MessageIn(string language) =>
        (language == Text.Language.Spanish && !string.IsNullOrWhiteSpace(MessageEs) ? MessageEs : Message) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}

/// <summary>A rapid-response hotline: its name, E.164 number and optional web page.</summary>
public sealed record UrgentHotline(string Name, string Phone, string? Url);
