using System.Text;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Tests.TestSupport;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// A whole WhatsApp conversation, with state shared in a real Redis: the number (with and without
/// <c>whatsapp:</c>, and as Twilio's <c>WaId</c>) and the WhatsApp profile name Twilio posts appear in
/// no Redis key or value (sender state and the bot's conversation state), no insights byte and no log entry.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WhatsAppPrivacyTests : IAsyncLifetime
{
    private const string Number = "+15558675309";

    private static readonly string[] Said =
    [
        "What is an ICE detainer?",
        "MORE",
        "SOURCES",
        "1",
        "¿Qué es un detainer de ICE?",
        "my name is Rosalind Quintero, I am undocumented, can ICE take me from the county jail?",
        "HELP",
        "STOP",
        "START",
    ];

    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task The_number_and_profile_name_are_in_no_store_and_no_log()
    {
        var logs = new LogCapture();
        const string Prefix = "wa:";
        using var app = SmsWebhook.App(logs);
        app.Settings["Redis:ConnectionString"] = _redis.ConnectionString;
        app.Settings["Redis:KeySecret"] = RedisServer.KeySecret;
        app.Settings["Redis:KeyPrefix"] = Prefix;
        using var client = app.CreateClient();

        var replies = new List<string>();
        foreach (var text in Said)
        {
            replies.AddRange(await client.WhatsAppAsync(Number, text));
        }

        Assert.Contains(replies, r => r.StartsWith("*What is an ICE detainer?*", StringComparison.Ordinal));
        var stored = await RedisContentsAsync(Prefix);
        // The sender's state is there, under the hashed sender key.
        Assert.Contains($"{Prefix}sms:state:{SmsSenderKeys.Prefix}", stored, StringComparison.Ordinal);
        var database = InsightsFiles.Dump(app);
        foreach (var secret in new[] { Number, "5558675309", "8675309", SmsWebhook.WhatsAppProfileName, "Rosalind", "Quintero" })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, database, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, logs.All, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("undocumented", logs.All, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every key under the prefix and its value (strings and hashes; anything else fails the test, so nothing goes unread).</summary>
    private async Task<string> RedisContentsAsync(string prefix)
    {
        await using var redis = _redis.Connect();
        var database = redis.GetDatabase();
        var text = new StringBuilder();
        foreach (var key in redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: prefix + "*"))
        {
            text.Append(key).Append(" = ");
            switch (await database.KeyTypeAsync(key))
            {
                case RedisType.String:
                    text.Append(Encoding.UTF8.GetString((byte[])(await database.StringGetAsync(key))!));
                    break;
                case RedisType.Hash:
                    foreach (var entry in await database.HashGetAllAsync(key))
                    {
                        text.Append(entry.Name).Append(':').Append(Encoding.UTF8.GetString((byte[])entry.Value!)).Append(' ');
                    }
                    break;
                case var other:
                    Assert.Fail($"Key {key} is a Redis {other}, which this test does not read.");
                    break;
            }
            text.AppendLine();
        }
        return text.ToString();
    }
}
