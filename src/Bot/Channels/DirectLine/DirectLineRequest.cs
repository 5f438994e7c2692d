using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>Reading a Direct Line request: the bearer token and a size-limited JSON body.</summary>
public static class DirectLineRequest
{
    /// <summary>The token of <c>Authorization: Bearer TOKEN</c>, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    /// <summary>
    /// Checks the token and, when <paramref name="conversationId"/> is given, that the token is for
    /// that conversation: null error means authorized.
    /// </summary>
    public static (DirectLineToken? Token, JsonHttpResult<ErrorResponse>? Error) Authorize(
        HttpRequest request, DirectLineTokenService tokens, string? conversationId = null)
    {
        var check = tokens.Check(BearerToken(request));
        return check.Status switch
        {
            TokenStatus.Missing => (null, DirectLineErrors.MissingToken()),
            TokenStatus.Expired => (null, DirectLineErrors.TokenExpired()),
            TokenStatus.Valid when conversationId is not null
                && !string.Equals(check.Token!.ConversationId, conversationId, StringComparison.Ordinal) => (null, DirectLineErrors.WrongConversation()),
            TokenStatus.Valid => (check.Token, null),
            _ => (null, DirectLineErrors.InvalidToken()),
        };
    }

    /// <summary>
    /// The body as text: null text and null error for an empty body; 415 for a body that is not
    /// JSON; 413 beyond <paramref name="maxBytes"/> (read no further than that, whatever the
    /// Content-Length claims); 400 for bytes that are not UTF-8.
    /// </summary>
    public static async Task<(string? Json, JsonHttpResult<ErrorResponse>? Error)> ReadJsonAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var canHaveBody = request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (!canHaveBody || request.ContentLength == 0)
        {
            return (null, null);
        }
        if (!request.HasJsonContentType())
        {
            return (null, DirectLineErrors.UnsupportedMediaType());
        }
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.TooLarge($"The request body is larger than {maxBytes} bytes."));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= maxBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), cancellationToken)) > 0)
            {
                length += read;
            }
            if (length > maxBytes)
            {
                return (null, DirectLineErrors.TooLarge($"The request body is larger than {maxBytes} bytes."));
            }
            if (length == 0)
            {
                return (null, null);
            }
            try
            {
                return (StrictUtf8.GetString(buffer, 0, length), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, DirectLineErrors.BadArgument("The body is not valid UTF-8."));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
