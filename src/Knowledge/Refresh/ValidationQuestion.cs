namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// One line of <c>seeds/validation.jsonl</c>: a question a new index must still answer, and the
/// card id or citation (source) id the answer must carry.
/// </summary>
internal sealed record ValidationQuestion(string Question, string Expect);
