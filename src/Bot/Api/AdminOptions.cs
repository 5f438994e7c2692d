using System.ComponentModel.DataAnnotations;

namespace KnowYourRights.Bot.Api;

/// <summary>Configuration section "Admin". With no <see cref="ApiKey"/> the admin endpoints do not exist (404).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// The key admins send as <c>X-Admin-Key</c> or <c>Authorization: Bearer</c>. Keep it in user
    /// secrets or the environment (<c>Admin__ApiKey</c>), never in appsettings.json.
    /// </summary>
    [MinLength(16, ErrorMessage = "Admin:ApiKey must be at least 16 characters, or not set at all.")]
    public string? ApiKey { get; set; }
}
