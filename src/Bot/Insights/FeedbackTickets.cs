using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowYourRights.Knowledge.Answers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// Seals a <see cref="FeedbackTicket"/> into the card answer it is about, and opens it again when
/// a vote comes back. Sealed with ASP.NET Core Data Protection (encrypted and signed, the keys
/// that sign the admin cookie), so the client can neither read the question in it nor make up a
/// ticket for a card or a text of its choosing: a vote counts only for an answer the bot gave,
/// within <see cref="FeedbackOptions.TicketLifetime"/>.
/// </summary>
/// <remarks>
/// The ticket is why a vote needs no id of the person or the conversation: Web Chat posts a vote
/// without the answer's activity id, and <c>/ask</c> keeps nothing between requests.
/// </remarks>
public sealed partial class FeedbackTickets(IDataProtectionProvider protection, IOptions<FeedbackOptions> feedback, IOptions<InsightsOptions> insights, TimeProvider time)
{
    /// <summary>Longer than any ticket this class writes; anything longer is refused unread.</summary>
    public const int MaxLength = 4096;

    private readonly IDataProtector _protector = protection.CreateProtector("KnowYourRights.Feedback.Ticket.v1");

    public bool Enabled => feedback.Value.Enabled;

    /// <summary>A sealed ticket for a card answer; null for anything else (declines, urgent replies, greetings) or with feedback off.</summary>
    public string? Issue(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!Enabled || answer.Kind != AnswerKinds.Card || answer.CardId is not { } card)
        {
            return null;
        }
        var settings = insights.Value;
        // Only as much of the question as the log would keep, and none when it keeps none.
        var question = settings.StoreText && settings.Enabled ? Cut(answer.Question, settings.MaxTextLength) : null;
        var sealedPayload = new TicketPayload(card, answer.Language, question, time.GetUtcNow().ToUnixTimeSeconds());
        return _protector.Protect(JsonSerializer.Serialize(sealedPayload, FeedbackTicketJson.Default.TicketPayload));
    }

    /// <summary>The ticket in <paramref name="token"/>, or null when it is missing, not one of ours, altered or expired.</summary>
    public FeedbackTicket? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return null;
        }
        TicketPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(_protector.Unprotect(token), FeedbackTicketJson.Default.TicketPayload);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
        if (payload is not { C: { Length: > 0 } card, L: { Length: > 0 } language })
        {
            return null;
        }
        var issued = DateTimeOffset.FromUnixTimeSeconds(payload.T);
        var age = time.GetUtcNow() - issued;
        return age < TimeSpan.FromMinutes(-5) || age > feedback.Value.TicketLifetime
            ? null
            : new FeedbackTicket(card, language, payload.Q, issued);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>Short names: the sealed ticket rides in every card answer.</summary>
    internal sealed record TicketPayload(string C, string L, string? Q, long T);

    [JsonSerializable(typeof(TicketPayload))]
    internal sealed partial class FeedbackTicketJson : JsonSerializerContext;
}
