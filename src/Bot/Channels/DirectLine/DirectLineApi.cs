using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 endpoints Web Chat needs when it polls (<c>webSocket: false</c>), on the
/// app's own origin under <c>/v3/directline</c>. A token from <c>tokens/generate</c> opens exactly
/// one conversation; every other call carries it as <c>Authorization: Bearer</c>.
/// </summary>
public static partial class DirectLineApi
{
    public const string BasePath = "/v3/directline";

    /// <summary>The Direct Line endpoints Web Chat polls, under <see cref="BasePath"/>.</summary>
    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath)
            .AddEndpointFilter(async (context, next) =>
            {
                // Tokens and conversations must never sit in a cache.
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                try
                {
                    return await next(context);
                }
                catch (SharedStateUnavailableException)
                {
                    // Redis is unreachable: 503 with Retry-After, which Web Chat retries, never a 500 (which stops it for good).
                    return DirectLineErrors.StateUnavailable(context.HttpContext.Response);
                }
            });

        api.MapPost("/tokens/generate", GenerateToken).RequireRateLimiting(RateLimitPolicies.DirectLineTokens);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversation).RequireRateLimiting(RateLimitPolicies.DirectLineConversations);
        api.MapGet("/conversations/{conversationId}", GetConversation);
        api.MapPost("/conversations/{conversationId}/activities", PostActivity).RequireRateLimiting(RateLimitPolicies.DirectLineActivities);
        api.MapGet("/conversations/{conversationId}/activities", GetActivities);
        return app;
    }

    /// <summary>
    /// How long a request waits for the bot's turn. Web Chat gives up on a request after 20 s and
    /// then shows "Send failed"; the reply still reaches the feed if the turn runs longer.
    /// </summary>
    private static readonly TimeSpan TurnWait = TimeSpan.FromSeconds(15);

    private static readonly string[] AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    /// <summary><c>POST tokens/generate</c>: a token for a new conversation (started by <c>POST conversations</c>).</summary>
    public static Ok<ConversationResponse> GenerateToken([AsParameters] DirectLineServices services)
    {
        var conversationId = DirectLineTokenService.NewConversationId();
        return TypedResults.Ok(new ConversationResponse(conversationId, services.Tokens.Issue(conversationId), services.Tokens.LifetimeSeconds));
    }

    /// <summary><c>POST tokens/refresh</c>: a fresh token for the same conversation, while the old one is still valid.</summary>
    public static Results<Ok<ConversationResponse>, JsonHttpResult<ErrorResponse>> RefreshToken(
        HttpRequest request, [AsParameters] DirectLineServices services)
    {
        var (token, error) = DirectLineRequest.Authorize(request, services.Tokens);
        if (error is not null)
        {
            return error;
        }
        return TypedResults.Ok(new ConversationResponse(
            token!.ConversationId, services.Tokens.Issue(token.ConversationId), services.Tokens.LifetimeSeconds));
    }

    /// <summary>
    /// <c>POST conversations</c>: starts the token's conversation (201, and the bot is told the
    /// user joined) or returns it when it is already live (200).
    /// </summary>
    public static async Task<Results<Created<ConversationResponse>, Ok<ConversationResponse>, JsonHttpResult<ErrorResponse>>> StartConversation(
        HttpRequest request, [AsParameters] DirectLineServices services, CancellationToken cancellationToken)
    {
        var (token, error) = DirectLineRequest.Authorize(request, services.Tokens);
        if (error is not null)
        {
            return error;
        }
        var (json, bodyError) = await DirectLineRequest.ReadJsonAsync(request, services.Limits.MaxRequestBytes, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }
        StartConversationRequest? start = null;
        if (json is not null)
        {
            try
            {
                start = JsonSerializer.Deserialize<StartConversationRequest>(json);
            }
            catch (JsonException)
            {
                return DirectLineErrors.BadArgument("The body is not valid JSON.");
            }
        }

        var (conversation, started, retryAfter) = await services.Conversations.GetOrStartAsync(token!.ConversationId, () => UserIdFrom(start));
        if (conversation is null)
        {
            services.Logger.LogWarning("Refused a new Direct Line conversation: all {Max} conversations are active.", services.Limits.MaxConversations);
            return DirectLineErrors.Full(request.HttpContext.Response, retryAfter);
        }
        var response = new ConversationResponse(conversation.Id, DirectLineRequest.BearerToken(request)!, services.Tokens.SecondsLeft(token));
        if (!started)
        {
            return TypedResults.Ok(response);
        }
        services.Logger.LogDebug("Direct Line conversation started.");
        await WaitForTurnAsync(services.Adapter.StartAsync(conversation, Locale(start?.Locale), services.Stopping), cancellationToken);
        return TypedResults.Created($"{BasePath}/conversations/{conversation.Id}", response);
    }

    /// <summary><c>GET conversations/{id}</c>: the conversation, to reconnect to it.</summary>
    public static async Task<Results<Ok<ConversationResponse>, JsonHttpResult<ErrorResponse>>> GetConversation(
        string conversationId, HttpRequest request, [AsParameters] DirectLineServices services)
    {
        var (token, error) = DirectLineRequest.Authorize(request, services.Tokens, conversationId);
        if (error is not null)
        {
            return error;
        }
        return await services.Conversations.FindAsync(conversationId) is { } conversation
            ? TypedResults.Ok(new ConversationResponse(conversation.Id, DirectLineRequest.BearerToken(request)!, services.Tokens.SecondsLeft(token!)))
            : DirectLineErrors.ConversationNotFound();
    }

    /// <summary>
    /// <c>POST conversations/{id}/activities</c>: the user's message. It is echoed into the feed
    /// (Web Chat marks a message sent when it sees it come back) and handed to the bot.
    /// </summary>
    public static async Task<Results<Ok<ActivityIdResponse>, JsonHttpResult<ErrorResponse>>> PostActivity(
        string conversationId, HttpRequest request, [AsParameters] DirectLineServices services, CancellationToken cancellationToken)
    {
        var (_, error) = DirectLineRequest.Authorize(request, services.Tokens, conversationId);
        if (error is not null)
        {
            return error;
        }
        if (await services.Conversations.FindAsync(conversationId) is not { } conversation)
        {
            return DirectLineErrors.ConversationNotFound();
        }
        var (json, bodyError) = await DirectLineRequest.ReadJsonAsync(request, services.Limits.MaxRequestBytes, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }
        if (json is null)
        {
            return DirectLineErrors.BadArgument("An activity is required.");
        }
        Activity? activity;
        try
        {
            activity = ActivityJson.Read(json);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return DirectLineErrors.BadArgument("The body is not a valid activity.");
        }
        if (Validate(activity, services.Limits) is { } invalid)
        {
            return invalid;
        }

        var (id, turn) = await services.Adapter.ReceiveAsync(conversation, activity!, services.Stopping);
        await WaitForTurnAsync(turn, cancellationToken);
        return TypedResults.Ok(new ActivityIdResponse(id));
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=N</c>: what came after N (everything without N).</summary>
    public static async Task<Results<Ok<ActivitySet>, JsonHttpResult<ErrorResponse>>> GetActivities(
        string conversationId, string? watermark, HttpRequest request, [AsParameters] DirectLineServices services)
    {
        var (_, error) = DirectLineRequest.Authorize(request, services.Tokens, conversationId);
        if (error is not null)
        {
            return error;
        }
        if (await services.Conversations.FindAsync(conversationId) is not { } conversation)
        {
            return DirectLineErrors.ConversationNotFound();
        }
        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && !long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this service gave out.");
        }
        var (activities, next) = await services.Conversations.AfterAsync(conversation, after, services.Limits.MaxResponseBytes);
        return TypedResults.Ok(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)));
    }

    private static JsonHttpResult<ErrorResponse>? Validate(Activity? activity, DirectLineOptions options)
    {
        if (activity is null)
        {
            return DirectLineErrors.BadArgument("The body is not a valid activity.");
        }
        if (activity.Type is null || !AcceptedTypes.Contains(activity.Type, StringComparer.Ordinal))
        {
            return DirectLineErrors.BadArgument("The activity type must be 'message', 'event' or 'typing'.");
        }
        if (activity.Text?.Length > options.MaxMessageLength)
        {
            return DirectLineErrors.TooLarge($"The message is longer than {options.MaxMessageLength} characters.");
        }
        if (activity.Attachments is { Count: > 0 })
        {
            return DirectLineErrors.BadArgument("Attachments are not accepted.");
        }
        if (ActivityJson.SizeOf(activity) > options.MaxActivityBytes)
        {
            // channelData, entities and value are the client's to fill; they are kept in the feed, so they are capped.
            return DirectLineErrors.TooLarge($"The activity is larger than {options.MaxActivityBytes} bytes.");
        }
        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.Text) && activity.Value is null)
        {
            return DirectLineErrors.BadArgument("A message needs text.");
        }
        return null;
    }

    /// <summary>Waits for a bot turn, but not past <see cref="TurnWait"/> or the client leaving; the turn goes on regardless.</summary>
    private static async Task WaitForTurnAsync(Task turn, CancellationToken cancellationToken)
    {
        try
        {
            await turn.WaitAsync(TurnWait, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // The reply reaches the feed when the turn ends; the client polls for it.
        }
    }

    /// <summary>The client's user id when it is a plain one, else a random one: never trusted for more than a label.</summary>
    private static string UserIdFrom(StartConversationRequest? start) =>
        start?.User?.Id is { } id && UserIdPattern().IsMatch(id) ? id : "dl_" + DirectLineTokenService.NewConversationId()[..16];

    private static string? Locale(string? locale) =>
        locale is not null && LocalePattern().IsMatch(locale) ? locale : null;

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex UserIdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LocalePattern();
}
