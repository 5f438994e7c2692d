using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.State;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// The errors the service answers with. Web Chat reads the status codes: 403 means "token expired"
/// (it keeps polling and shows a notice), 404 means "conversation ended", and any 5xx while
/// polling stops the client for good, so bad input must never surface as a 5xx.
/// </summary>
public static class DirectLineErrors
{
    public static JsonHttpResult<ErrorResponse> MissingToken() =>
        Create(StatusCodes.Status401Unauthorized, "MissingToken", "Send the token as 'Authorization: Bearer TOKEN'.");

    public static JsonHttpResult<ErrorResponse> InvalidToken() =>
        Create(StatusCodes.Status403Forbidden, "InvalidToken", "The token is not valid.");

    public static JsonHttpResult<ErrorResponse> TokenExpired() =>
        Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static JsonHttpResult<ErrorResponse> WrongConversation() =>
        Create(StatusCodes.Status403Forbidden, "InvalidToken", "The token is not for this conversation.");

    public static JsonHttpResult<ErrorResponse> ConversationNotFound() =>
        Create(StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation has ended or does not exist. Start a new one.");

    public static JsonHttpResult<ErrorResponse> BadArgument(string message) =>
        Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static JsonHttpResult<ErrorResponse> TooLarge(string message) =>
        Create(StatusCodes.Status413PayloadTooLarge, "MessageTooLarge", message);

    /// <summary>503 with <c>Retry-After</c>: every conversation in memory is in use, so no new one can start yet.</summary>
    public static JsonHttpResult<ErrorResponse> Full(HttpResponse response, TimeSpan retryAfter)
    {
        RetryAfter.Set(response, retryAfter);
        return Create(StatusCodes.Status503ServiceUnavailable, "ServiceBusy", "Too many conversations are open right now. Try again in a minute.");
    }

    /// <summary>503 with <c>Retry-After</c>: shared state (Redis) is unreachable just now; it comes back by itself.</summary>
    public static JsonHttpResult<ErrorResponse> StateUnavailable(HttpResponse response)
    {
        RetryAfter.Set(response, SharedStateUnavailableException.RetryAfter);
        return Create(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "We can't reach our memory right now. Try again in a minute.");
    }

    public static JsonHttpResult<ErrorResponse> UnsupportedMediaType() =>
        Create(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send JSON with 'Content-Type: application/json'.");

    private static JsonHttpResult<ErrorResponse> Create(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), statusCode: status);
}
