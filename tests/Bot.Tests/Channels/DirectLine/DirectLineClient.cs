using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KnowYourRights.Bot.Tests.Channels.DirectLine;

/// <summary>Calls the embedded Direct Line as Web Chat does, returning raw responses for the tests to check.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public HttpClient Http { get; } = http;

    public async Task<Conversation> GenerateAsync()
    {
        using var response = await Http.PostAsync($"{Base}/tokens/generate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Conversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    /// <summary>A started conversation (generate, then POST conversations), as Web Chat begins.</summary>
    public async Task<Conversation> StartAsync()
    {
        var conversation = await GenerateAsync();
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/conversations", conversation.Token, "{}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return conversation;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(Conversation conversation, string json, string? token = null) =>
        SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversation.Id}/activities", token ?? conversation.Token, json);

    public Task<HttpResponseMessage> PostMessageAsync(Conversation conversation, string text, string clientActivityId = "client-1") =>
        PostActivityAsync(conversation, JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = "user-from-client", role = "user" },
            locale = "en-US",
            channelData = new { clientActivityID = clientActivityId },
        }));

    public Task<HttpResponseMessage> GetActivitiesAsync(Conversation conversation, string? watermark = null, string? token = null) =>
        SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversation.Id}/activities?watermark={watermark}", token ?? conversation.Token);

    /// <summary>The activity set after <paramref name="watermark"/>, asserting a 200.</summary>
    public async Task<(JsonElement[] Activities, string Watermark)> ActivitiesAsync(Conversation conversation, string? watermark = null)
    {
        using var response = await GetActivitiesAsync(conversation, watermark);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. body.GetProperty("activities").EnumerateArray()], body.GetProperty("watermark").GetString()!);
    }

    public sealed record Conversation(string Id, string Token);
}
