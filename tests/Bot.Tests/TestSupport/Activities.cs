using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>Bot Framework activities as a channel (or the Emulator) posts them to /api/messages.</summary>
internal static class Activities
{
    public const string LoopbackServiceUrl = "http://localhost:3978/";

    public static JsonObject Message(string text, string serviceUrl = LoopbackServiceUrl, string conversationId = "conv-1", string userId = "user-1", bool expectReplies = true)
    {
        var activity = Base("message", serviceUrl, conversationId, userId);
        activity["text"] = text;
        if (expectReplies)
        {
            // The replies come back in the HTTP response instead of being posted to serviceUrl.
            activity["deliveryMode"] = "expectReplies";
        }
        return activity;
    }

    public static JsonObject Join(string serviceUrl = LoopbackServiceUrl, string conversationId = "conv-1", string userId = "user-1", bool expectReplies = true)
    {
        var activity = Base("conversationUpdate", serviceUrl, conversationId, userId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = userId });
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }
        return activity;
    }

    public static async Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonObject activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await client.SendAsync(request);
    }

    /// <summary>The reply activities of an expectReplies response.</summary>
    public static async Task<JsonArray> RepliesAsync(this HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray();
    }

    private static JsonObject Base(string type, string serviceUrl, string conversationId, string userId) => new()
    {
        ["type"] = type,
        ["id"] = conversationId + "|0000001",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
    };
}
