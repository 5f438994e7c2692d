using KnowYourRights.Bot.Channels.Twilio;
using System.Net;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.Channels.DirectLine;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Insights;

/// <summary>
/// The proof: after conversations that contained a name and a phone number — over the
/// web chat's Direct Line, the SMS webhook and <c>/api/answer</c> — neither appears anywhere the
/// service writes: the logs (from Debug up, through the app's own filters), the insights database's bytes, the metrics scrape.
/// </summary>
public sealed class InsightsPrivacyTests
{
    private const string Key = "test-admin-key-0123456789";
    private const string Sender = "+15558675309";

    private static readonly string[] Secrets = ["Rosalind", "Quintero", "555-0147", "5550147", "555 0147", "8675309", "rquintero"];

    [Fact]
    public async Task A_name_and_a_phone_number_appear_in_no_log_no_database_byte_and_no_metric()
    {
        var logs = new LogCapture();
        await using var app = new TestAppFactory
        {
            UseRealBot = true,
            UseRealClock = true,
            Logs = logs,
            ConfigureServices = s =>
            {
                s.Configure<TwilioOptions>(o =>
                {
                    o.AuthToken = SmsWebhook.AuthToken;
                    o.WebhookUrl = SmsWebhook.PublicUrl;
                });
            },
        };
        app.Settings["Admin:ApiKey"] = Key;
        // The app's own log filters, with everything from Debug up (the app's code from Trace) let through.
        app.Settings["Logging:LogLevel:Default"] = "Debug";
        app.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug";
        app.Settings["Logging:LogLevel:KnowYourRights"] = "Trace";
        using var client = app.CreateClient();

        // The web chat: a conversation over the embedded Direct Line.
        var directLine = new DirectLineClient(client);
        var conversation = await directLine.StartAsync();
        using (var posted = await directLine.PostMessageAsync(conversation, "My name is Rosalind Quintero, call me at (832) 555-0147. How do I get asylum?"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }
        // SMS, through the direct Twilio webhook, in Spanish.
        await client.TextAsync(Sender, "me llamo Rosalind Quintero, mi teléfono es 832 555 0147, ¿cómo pido asilo?");
        // The JSON API.
        using (var answered = await client.GetAsync("/api/answer?q=" + Uri.EscapeDataString("I'm Rosalind Quintero, rquintero@example.com, 832.555.0147: how do I apply for asylum?")))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var rows = await InsightsFiles.UnansweredAsync(app, 3);
        using var metricsRequest = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        metricsRequest.Headers.Add("X-Admin-Key", Key);
        using var metricsResponse = await client.SendAsync(metricsRequest);
        var metrics = await metricsResponse.Content.ReadAsStringAsync();
        var database = InsightsFiles.Dump(app);

        // The questions were kept, scrubbed: the channels, and the words that say what was asked.
        Assert.Equal(["api", "directline", "sms"], rows.Select(r => r.Channel).Order().ToArray());
        Assert.All(rows, r => Assert.Contains(PersonalDetails.Placeholder, r.Text, StringComparison.Ordinal));
        Assert.Contains("asylum", database, StringComparison.Ordinal);
        Assert.Contains("asilo", database, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, metricsResponse.StatusCode);
        Assert.Contains("kyr_questions_total", metrics, StringComparison.Ordinal);
        Assert.NotEmpty(logs.Entries);

        foreach (var secret in Secrets)
        {
            Assert.False(logs.All.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The logs hold '{secret}'.");
        }
        // Ids: nowhere in what is kept about questions; the logs' rule for them (nothing at Information or above) is the channels' own tests'.
        Assert.DoesNotContain(logs.Entries, e => !e.StartsWith("Debug", StringComparison.Ordinal) && !e.StartsWith("Trace", StringComparison.Ordinal) && e.Contains(conversation.Id, StringComparison.Ordinal));
        foreach (var secret in Secrets.Append(conversation.Id).Append("user-from-client"))
        {
            Assert.False(database.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The insights database holds '{secret}'.");
            Assert.False(metrics.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The metrics hold '{secret}'.");
        }
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(rows, r => r.Text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
