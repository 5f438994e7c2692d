using System.Net;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowYourRights.Bot.Tests.Web.Admin;

/// <summary><c>/admin</c> over HTTP (TestServer, as HTTPS): who gets in, what every form needs, what the page shows.</summary>
public sealed partial class AdminPageTests
{
    private const string Key = "test-admin-key-0123456789";

    [Fact]
    public async Task Without_a_configured_key_the_page_does_not_exist()
    {
        await using var app = new TestAppFactory();
        using var client = Client(app);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/admin/sign-in", Form(("key", Key)))).StatusCode);
    }

    [Fact]
    public async Task Without_a_session_the_page_shows_only_the_sign_in_form_and_every_action_is_refused()
    {
        await using var app = App();
        using var client = Client(app);

        var page = await client.GetStringAsync("/admin");
        var token = Token(page);

        Assert.Contains("name=\"key\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Live index", page, StringComparison.Ordinal);
        foreach (var action in new[] { "/admin/refresh", "/admin/rollback", "/admin/ways-of-asking", "/admin/sign-out" })
        {
            // Without the antiforgery token: 400, whatever else; with it but no session: 401.
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(action, Form())).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(action, Form(("__csrf", token)))).StatusCode);
        }
        // The admin key as a header opens the API, not the page.
        client.DefaultRequestHeaders.Add("X-Admin-Key", Key);
        Assert.DoesNotContain("Live index", await client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_or_a_missing_token_is_refused_and_sets_no_session()
    {
        await using var app = App();
        using var client = Client(app);
        var token = Token(await client.GetStringAsync("/admin"));

        using var wrong = await client.PostAsync("/admin/sign-in", Form(("__csrf", token), ("key", "wrong-key-wrong-key-wrong")));
        using var untokened = await client.PostAsync("/admin/sign-in", Form(("key", Key)));
        using var forged = await client.PostAsync("/admin/sign-in", Form(("__csrf", "forged"), ("key", Key)));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("That key is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, untokened.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(new[] { wrong, untokened, forged }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []), c => c.StartsWith("kyr-admin=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_in_sets_a_secure_http_only_strict_cookie_and_shows_the_dashboard()
    {
        await using var app = App();
        using var client = Client(app);
        var token = Token(await client.GetStringAsync("/admin"));

        using var signIn = await client.PostAsync("/admin/sign-in", Form(("__csrf", token), ("key", Key)));

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kyr-admin=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/admin", cookie, StringComparison.Ordinal);

        using var page = await client.GetAsync("/admin");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Live index", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        // Every form carries the antiforgery token.
        Assert.Equal(FormCount().Matches(html).Count, TokenField().Matches(html).Count);

        using var signOut = await client.PostAsync("/admin/sign-out", Form(("__csrf", Token(html))));
        Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        Assert.DoesNotContain("Live index", await client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_from_another_machine_is_refused()
    {
        await using var app = App();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://kyr.example.org") });

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_groups_questions_become_yaml_ways_of_asking_for_the_chosen_card()
    {
        await using var app = App();
        using var client = Client(app);
        await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("How do I apply for \"asylum\"?"));
        await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("how can i apply for asylum"));
        await InsightsFiles.UnansweredAsync(app, 2);
        var html = await SignInAsync(client);
        var group = GroupId().Match(html).Groups[1].Value;

        using var response = await client.PostAsync("/admin/ways-of-asking", Form(("__csrf", Token(html)), ("group", group), ("card", "legal-help")));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# Paste under questions: in seeds/answers/legal-help.md", page, StringComparison.Ordinal);
        Assert.Contains("  - &quot;How do I apply for \\&quot;asylum\\&quot;?&quot;", page, StringComparison.Ordinal);
        Assert.Contains("  - &quot;how can i apply for asylum&quot;", page, StringComparison.Ordinal);

        using var unknownCard = await client.PostAsync("/admin/ways-of-asking", Form(("__csrf", Token(html)), ("group", group), ("card", "no-such-card")));
        using var unknownGroup = await client.PostAsync("/admin/ways-of-asking", Form(("__csrf", Token(html)), ("group", "999999"), ("card", "legal-help")));
        Assert.Equal(HttpStatusCode.BadRequest, unknownCard.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownGroup.StatusCode);
    }

    private static TestAppFactory App() => new() { UseRealClock = true, Settings = { ["Admin:ApiKey"] = Key } };

    /// <summary>As a browser on HTTPS would be (the session cookie is Secure), following no redirect.</summary>
    private static HttpClient Client(TestAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    private static async Task<string> SignInAsync(HttpClient client)
    {
        var token = Token(await client.GetStringAsync("/admin"));
        using var signIn = await client.PostAsync("/admin/sign-in", Form(("__csrf", token), ("key", Key)));
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        return await client.GetStringAsync("/admin");
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<form ")]
    private static partial Regex FormCount();

    [GeneratedRegex("name=\"group\" value=\"(\\d+)\"")]
    private static partial Regex GroupId();
}
