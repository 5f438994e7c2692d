namespace KnowYourRights.Bot.Api;

/// <summary>Configuration section "Admin". With no <see cref="ApiKey"/> the admin endpoints do not exist (404).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>A shorter key is refused at start: the admin API can replace what the bot says.</summary>
    public const int MinKeyLength = 16;

    /// <summary>
    /// The key admins send as <c>X-Admin-Key</c> or <c>Authorization: Bearer</c>. Keep it in user
    /// secrets or the environment (<c>Admin__ApiKey</c>), never in appsettings.json.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Empty counts as not set (how an environment variable turns the API off).</summary>
    public bool IsValid => string.IsNullOrEmpty(ApiKey) || ApiKey.Length >= MinKeyLength;
}
