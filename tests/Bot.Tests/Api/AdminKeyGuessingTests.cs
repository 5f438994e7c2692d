using System.Globalization;
using System.Net;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Api;

/// <summary>Guessing the admin key is slowed per client: wrong keys past a few make it wait, ever longer; the right key clears it.</summary>
public sealed class AdminKeyGuessingTests
{
    private const string Key = "test-admin-key-0123456789";

    [Fact]
    public async Task Wrong_keys_past_the_free_ones_make_the_client_wait_longer_each_time_even_with_the_right_key()
    {
        await using var app = new TestAppFactory { RemoteAddress = IPAddress.Parse("203.0.113.9"), Settings = { ["Admin:ApiKey"] = Key } };
        using var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < AdminKeyFailures.FreeFailures + 1; i++)
        {
            statuses.Add(await StatusAsync(http, "wrong-key-" + i));
        }
        using var waiting = await SendAsync(http, Key);
        var firstWait = RetryAfter(waiting);
        app.Time.Advance(TimeSpan.FromSeconds(firstWait));
        statuses.Add(await StatusAsync(http, "wrong-again"));
        using var longer = await SendAsync(http, "wrong-again");
        var secondWait = RetryAfter(longer);
        app.Time.Advance(TimeSpan.FromSeconds(secondWait));
        var right = await StatusAsync(http, Key);
        var wrongAfterRight = await StatusAsync(http, "wrong-once-more");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, longer.StatusCode);
        Assert.True(secondWait > firstWait, $"{secondWait} s after {firstWait} s");
        Assert.Equal(HttpStatusCode.OK, right);
        // The right key cleared the count: a typo now is a plain 401 again.
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAfterRight);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string key)
    {
        using var response = await SendAsync(http, key);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/index");
        request.Headers.Add(AdminKey.Header, key);
        return http.SendAsync(request);
    }

    private static int RetryAfter(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
}
