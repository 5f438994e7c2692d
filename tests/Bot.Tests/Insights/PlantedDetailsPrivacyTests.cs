using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Tests.Channels.DirectLine;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Insights;

/// <summary>
/// Issue 24's proof: every form of personal detail the scrubber once missed, in English and
/// Spanish, planted through <c>/api/answer</c>, the <c>/ask</c> page, the web chat's Direct Line
/// and SMS, and then looked for in everything the service writes: the insights database's bytes
/// (and any file the data folder gained), the logs from Debug up, <c>/metrics</c>, the signed-in
/// <c>/admin</c> page and <c>/api/answer</c>'s echoed question. None is anywhere.
/// </summary>
public sealed partial class PlantedDetailsPrivacyTests
{
    private const string Key = "test-admin-key-0123456789";

    /// <summary>Each message (an off-topic question, so it is declined and its text logged) and what in it identifies someone.</summary>
    private static readonly (string Message, string[] Secrets)[] Planted =
    [
        ("Vantrell Oszkar here. How do I renew my passport?", ["Vantrell", "Oszkar"]),
        ("Aquí Vantrell Oszkar. ¿Cómo renuevo mi pasaporte?", ["Vantrell", "Oszkar"]),
        ("How do I renew my passport? — Fenwick Albarran", ["Fenwick", "Albarran"]),
        ("¿Cómo renuevo mi pasaporte? — Fenwick Albarran", ["Fenwick", "Albarran"]),
        ("How do I renew my passport? Thanks, Lucasta Pemdrake", ["Lucasta", "Pemdrake"]),
        ("¿Cómo renuevo mi pasaporte? Gracias, Lucasta Pemdrake", ["Lucasta", "Pemdrake"]),
        ("Question from Gustavo Merriwether: how do I renew my passport?", ["Gustavo", "Merriwether"]),
        ("Pregunta de Gustavo Merriwether: ¿cómo renuevo mi pasaporte?", ["Gustavo", "Merriwether"]),
        ("My husband Desmond Okonkwo-Varga needs a new passport, how?", ["Desmond", "Okonkwo", "Varga"]),
        ("Mi esposo Desmond Okonkwo-Varga necesita pasaporte, ¿cómo?", ["Desmond", "Okonkwo", "Varga"]),
        ("my A number is a345678901, how do I renew my passport?", ["345678901"]),
        ("mi número A es a345678901, ¿cómo renuevo mi pasaporte?", ["345678901"]),
        ("A.456.789.012 is my number, how do I renew my passport?", ["456.789.012", "456789012"]),
        ("mi número es A.456.789.012, ¿cómo renuevo mi pasaporte?", ["456.789.012", "456789012"]),
        ("my SSN is 432 65 0987, how do I renew my passport?", ["432 65 0987", "432650987"]),
        ("mi seguro social es 432 65 0987, ¿cómo renuevo mi pasaporte?", ["432 65 0987", "432650987"]),
        ("I live at 742 evergreenia terrace, how do I renew my passport?", ["evergreenia"]),
        ("vivo en calle evergreenia 742, ¿cómo renuevo mi pasaporte?", ["evergreenia"]),
        ("send it to PO Box 98765, how do I renew my passport?", ["98765"]),
        ("mándalo al apartado postal 98765, ¿cómo renuevo mi pasaporte?", ["98765"]),
        ("we live in apartment 4B at Wyndhaven Court, how do I renew my passport?", ["Wyndhaven"]),
        ("vivimos en el apartamento 4B en Wyndhaven Court, ¿cómo renuevo mi pasaporte?", ["Wyndhaven"]),
        ("I was born on the 5th of May 1988, how do I renew my passport?", ["May 1988", "5th of May"]),
        ("nací el 5 de mayo de 1988, ¿cómo renuevo mi pasaporte?", ["mayo de 1988"]),
        ("write to anabelle.quist at gmail dot com, how do I renew my passport?", ["anabelle", "quist"]),
        ("escríbeme a anabelle.quist arroba gmail punto com, ¿cómo renuevo mi pasaporte?", ["anabelle", "quist"]),
        ("call eight three two five five five zero one four seven, how do I renew my passport?", ["eight three two", "five five zero"]),
        ("llama al ocho tres dos cinco cinco cinco cero uno cuatro siete, ¿cómo renuevo mi pasaporte?", ["ocho tres dos", "cinco cero"]),
    ];

    [Fact]
    public async Task Every_planted_form_on_every_channel_is_in_no_file_log_metric_admin_page_or_echo()
    {
        var started = DateTime.UtcNow;
        var logs = new LogCapture();
        await using var app = new TestAppFactory
        {
            UseRealBot = true,
            UseRealClock = true,
            Logs = logs,
            ConfigureServices = s => s.Configure<TwilioOptions>(o =>
            {
                o.AuthToken = SmsWebhook.AuthToken;
                o.WebhookUrl = SmsWebhook.PublicUrl;
            }),
        };
        app.Settings["Admin:ApiKey"] = Key;
        app.Settings["RateLimiting:Enabled"] = "false";
        app.Settings["Logging:LogLevel:Default"] = "Debug";
        app.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug";
        app.Settings["Logging:LogLevel:KnowYourRights"] = "Trace";
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var directLine = new DirectLineClient(client);
        var conversation = await directLine.StartAsync();
        var echoes = new List<string>();

        for (var i = 0; i < Planted.Length; i++)
        {
            var message = Planted[i].Message;
            var answer = await client.GetFromJsonAsync<JsonElement>("/api/answer?q=" + Uri.EscapeDataString(message));
            echoes.Add(answer.GetProperty("question").GetString()!);
            using (var page = await client.GetAsync("/ask?q=" + Uri.EscapeDataString(message)))
            {
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            }
            using (var posted = await directLine.PostMessageAsync(conversation, message, $"client-{i}"))
            {
                Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            }
            await client.TextAsync("+1555010" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), message);
        }

        // Every message counted means every one has passed the writer; most were declined and logged with their text.
        await InsightsFiles.CountsAsync(app, Planted.Length * 4);
        var rows = await InsightsFiles.UnansweredAsync(app, Planted.Length * 3);
        using var metricsRequest = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        metricsRequest.Headers.Add("X-Admin-Key", Key);
        using var metricsResponse = await client.SendAsync(metricsRequest);
        var metrics = await metricsResponse.Content.ReadAsStringAsync();
        var admin = await SignedInAdminPageAsync(client);
        var files = InsightsFiles.Dump(app) + NewDataFiles(started);

        // The questions were logged on all four channels, and what they asked is still readable.
        Assert.Equal(["api", "directline", "page", "sms"], rows.Select(r => r.Channel).Distinct().Order().ToArray());
        Assert.True(rows.Count >= Planted.Length * 3, $"{rows.Count} rows");
        Assert.Contains("passport", files, StringComparison.Ordinal);
        // (Spanish words neither the knowledge nor the function-word list knows, "pasaporte" here, are the cost: written as […].)
        Assert.Contains("renew my passport", admin, StringComparison.Ordinal);
        Assert.Contains("Mostly […]:", admin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, metricsResponse.StatusCode);
        Assert.NotEmpty(logs.Entries);

        foreach (var secret in Planted.SelectMany(p => p.Secrets).Distinct())
        {
            Assert.False(files.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The data folder holds '{secret}'.");
            Assert.False(logs.All.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The logs hold '{secret}'.");
            Assert.False(metrics.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The metrics hold '{secret}'.");
            Assert.False(admin.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The admin page holds '{secret}'.");
            Assert.DoesNotContain(echoes, e => e.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Signs in as a browser does (antiforgery token, key) and returns the dashboard's HTML.</summary>
    private static async Task<string> SignedInAdminPageAsync(HttpClient client)
    {
        var token = TokenField().Match(await client.GetStringAsync("/admin")).Groups[1].Value;
        using var form = new FormUrlEncodedContent([new("__csrf", token), new("key", Key)]);
        using var signIn = await client.PostAsync("/admin/sign-in", form);
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync("/admin"));
    }

    /// <summary>Every file of the shared data folder written since the test started (there should be none), as text.</summary>
    private static string NewDataFiles(DateTime since) =>
        string.Join("\n", Directory.EnumerateFiles(TestKnowledge.Shared.DataPath, "*", SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) >= since)
            .Select(f => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))));

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
