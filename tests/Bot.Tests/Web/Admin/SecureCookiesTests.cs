using System.Net;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowYourRights.Bot.Tests.Web.Admin;

/// <summary>
/// Every cookie the app sets is Secure (docs/decisions/secure-cookies.md), except in local
/// plain-HTTP use: from 127.0.0.1 to <c>localhost</c>, where the README's admin still signs in.
/// </summary>
public sealed partial class SecureCookiesTests
{
    private const string Key = "test-admin-key-0123456789";

    [Theory]
    // HTTPS, from anywhere.
    [InlineData("https://localhost", "203.0.113.9")]
    [InlineData("https://rights.example.org", "127.0.0.1")]
    // Plain HTTP from a reverse proxy on this machine: the public name in Host, so not local use.
    [InlineData("http://rights.example.org", "127.0.0.1")]
    public async Task The_csrf_cookie_is_secure_unless_in_local_plain_http_use(string baseAddress, string remote)
    {
        await using var app = App(remote);
        using var client = Client(app, baseAddress);

        using var page = await client.GetAsync("/admin");

        var csrf = Assert.Single(Cookies(page), c => c.StartsWith("kyr-admin-csrf=", StringComparison.Ordinal));
        Assert.Contains("; secure", csrf, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_cookie_a_sign_in_over_https_sets_is_secure()
    {
        await using var app = App("203.0.113.9");
        using var client = Client(app, "https://rights.example.org");

        using var page = await client.GetAsync("/admin");
        var token = Token(await page.Content.ReadAsStringAsync());
        using var signIn = await client.PostAsync("/admin/sign-in", Form(("__csrf", token), ("key", Key)));

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        var cookies = Cookies(page).Concat(Cookies(signIn)).ToList();
        Assert.Contains(cookies, c => c.StartsWith("kyr-admin-csrf=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("kyr-admin=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("http://127.0.0.1")]
    public async Task Local_plain_http_admin_still_signs_in_with_a_csrf_cookie_the_browser_sends_back(string baseAddress)
    {
        await using var app = App("127.0.0.1");
        using var client = Client(app, baseAddress);

        using var page = await client.GetAsync("/admin");
        var token = Token(await page.Content.ReadAsStringAsync());
        // The client sends the antiforgery cookie back over plain HTTP only because it is not Secure here.
        using var signIn = await client.PostAsync("/admin/sign-in", Form(("__csrf", token), ("key", Key)));

        var csrf = Assert.Single(Cookies(page), c => c.StartsWith("kyr-admin-csrf=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", csrf, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
    }

    private static TestAppFactory App(string remote) =>
        new() { UseRealClock = true, RemoteAddress = IPAddress.Parse(remote), Settings = { ["Admin:ApiKey"] = Key } };

    private static HttpClient Client(TestAppFactory app, string baseAddress) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
