namespace KnowYourRights.Bot.Tests.Web.Admin;

/// <summary>The browser fixture with the admin key configured, so <c>/admin</c> exists.</summary>
public sealed class AdminBrowserFixture : BrowserFixture
{
    public const string Key = "test-admin-key-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Admin:ApiKey"] = Key };
}
