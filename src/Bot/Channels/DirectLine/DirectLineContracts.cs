using System.Text.Json.Serialization;

namespace KnowYourRights.Bot.Channels.DirectLine;

// The Direct Line 3.0 wire shapes this service answers with (names as the protocol spells them).

/// <summary>A conversation and the token that opens it (tokens/generate, tokens/refresh, conversations).</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>The activities after a watermark, and the watermark to poll with next.</summary>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<FeedActivity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);

/// <summary>The id given to a posted activity.</summary>
public sealed record ActivityIdResponse(
    [property: JsonPropertyName("id")] string Id);

/// <summary>Direct Line's error body: <c>{ "error": { "code": …, "message": … } }</c>.</summary>
public sealed record ErrorResponse(
    [property: JsonPropertyName("error")] ErrorDetail Error);

public sealed record ErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>The optional body of <c>POST conversations</c>: the client's user id and locale.</summary>
public sealed record StartConversationRequest(
    [property: JsonPropertyName("user")] StartConversationUser? User,
    [property: JsonPropertyName("locale")] string? Locale);

public sealed record StartConversationUser(
    [property: JsonPropertyName("id")] string? Id);
