using System.Text.Json;
using KnowYourRights.Knowledge.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// Reads and checks the body of <c>POST /api/answer</c> (<see cref="AnswerRequest"/>): JSON only
/// (415), at most <see cref="MaxBytes"/> (413, refused from its Content-Length before anything is
/// read), well-formed with a question within the same limits as the GET's <c>q</c> (400, saying
/// which rule was broken).
/// </summary>
internal static class AnswerRequestBody
{
    /// <summary>Earlier messages a follow-up may carry: more is a transcript, not a conversation's context.</summary>
    public const int MaxHistory = 10;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The largest body taken: the question and every earlier message at the character limit,
    /// four UTF-8 bytes a character (emoji, any script), and 1 KB of JSON around them. A body that
    /// could hold a valid request is never refused for its bytes.
    /// </summary>
    public static long MaxBytes(int maxQuestionLength) => 4L * maxQuestionLength * (1 + MaxHistory) + 1024;

    /// <summary>The request, or the problem that refuses it.</summary>
    public static async Task<(AnswerRequest? Request, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, int maxQuestionLength, CancellationToken cancel)
    {
        if (!request.HasJsonContentType())
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Send the question as JSON (Content-Type: application/json), or use GET /api/answer?q=….");
        }
        var maxBytes = MaxBytes(maxQuestionLength);
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // A chunked body longer than this is cut off by the server itself.
            limit.MaxRequestBodySize = maxBytes;
        }
        var body = await ReadUpToAsync(request.Body, maxBytes, cancel);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }
        if (body.Length == 0)
        {
            return Invalid("The body is empty; send {\"q\": \"your question\"}.");
        }
        AnswerRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<AnswerRequest>(body, Json);
        }
        catch (JsonException error)
        {
            // Where, not the reader's message: that quotes what was sent and names .NET types.
            return Invalid($"The body is not valid JSON for this request (at {error.Path ?? "$"}, line {error.LineNumber + 1 ?? 1}, "
                + $"byte {error.BytePositionInLine + 1 ?? 1}): send {{\"q\": \"your question\"}} with optional \"lang\" and \"history\" (an array of strings).");
        }
        if (parsed is null)
        {
            return Invalid("The body must be a JSON object such as {\"q\": \"your question\"}.");
        }
        return Check(parsed, maxQuestionLength) is { } why ? Invalid(why) : (parsed, null);
    }

    /// <summary>Why a parsed request cannot be taken (beyond the question itself, which AnswerService validates), or null.</summary>
    private static string? Check(AnswerRequest request, int maxQuestionLength)
    {
        if (request.Q is null)
        {
            return "The question \"q\" is missing.";
        }
        if (request.Lang is { Length: > 0 } lang && !IsLanguage(lang))
        {
            return "\"lang\" must be \"en\" or \"es\".";
        }
        if (request.History is { } history)
        {
            if (history.Count > MaxHistory)
            {
                return $"\"history\" holds more than {MaxHistory} earlier messages.";
            }
            if (history.Any(message => message is null || message.Length > maxQuestionLength))
            {
                return $"Each message of \"history\" must be a string of at most {maxQuestionLength} characters.";
            }
        }
        return null;
    }

    public static bool IsLanguage(string lang) =>
        string.Equals(lang, Language.English, StringComparison.OrdinalIgnoreCase) || string.Equals(lang, Language.Spanish, StringComparison.OrdinalIgnoreCase);

    /// <summary>The whole body, or null as soon as it is longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadUpToAsync(Stream body, long maxBytes, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static (AnswerRequest?, ProblemHttpResult?) Invalid(string detail) => Refuse(StatusCodes.Status400BadRequest, detail);

    private static (AnswerRequest?, ProblemHttpResult?) TooLarge(long maxBytes) =>
        Refuse(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");

    private static (AnswerRequest?, ProblemHttpResult?) Refuse(int status, string detail) =>
        (null, TypedResults.Problem(detail, statusCode: status));
}
