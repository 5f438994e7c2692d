namespace KnowYourRights.Bot.Api;

/// <summary>
/// The JSON body of <c>POST /api/answer</c>: a question too long for a URL (any script: counted in
/// characters, not bytes), the reply's language, and a conversation's earlier messages (oldest
/// first) so a follow-up reads as one, as <c>ask --jsonl</c> takes them. Its OpenAPI schema is
/// <see cref="ApiDocument.DescribeQuestionBody"/>; its checks are <see cref="AnswerRequestBody"/>.
/// </summary>
/// <param name="Q">The question, 1 to Knowledge:MaxQuestionLength characters.</param>
/// <param name="Lang">The language of a card's answer, "en" or "es"; left out, the question's own.</param>
/// <param name="History">The conversation's earlier messages, oldest first, at most <see cref="AnswerRequestBody.MaxHistory"/>.</param>
public sealed record AnswerRequest(string? Q, string? Lang = null, IReadOnlyList<string>? History = null);
