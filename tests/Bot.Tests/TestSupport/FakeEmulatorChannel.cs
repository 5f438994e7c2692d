using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// A stand-in for the Bot Framework Emulator's channel service: a real Kestrel server on a
/// loopback port that receives the bot's replies (the Connector API's "send to conversation"
/// and "reply to activity"), so tests exercise the real reply path without expectReplies.
/// </summary>
public sealed class FakeEmulatorChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    private FakeEmulatorChannel(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>The channel's serviceUrl (http://127.0.0.1:port/).</summary>
    public string ServiceUrl => _app.Urls.First().TrimEnd('/') + "/";

    public static async Task<FakeEmulatorChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var channel = new FakeEmulatorChannel(builder.Build());
        channel._app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", channel.ReceiveAsync);
        channel._app.MapPost("/v3/conversations/{conversationId}/activities", channel.ReceiveAsync);
        await channel._app.StartAsync();
        return channel;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Received.Enqueue(activity);
        return Results.Ok(new { id = "reply-" + Interlocked.Increment(ref _nextId) });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
