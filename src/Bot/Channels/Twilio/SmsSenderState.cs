namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>
/// What the SMS channel remembers about one sender between messages, under the sender key
/// (never the number): the pages of the last reply still waiting for MORE, the numbered
/// choices of the last reply (a reply of "1" picks the first), and the language last used.
/// Bot text and public questions only: nothing the sender wrote.
/// </summary>
public sealed record SmsSenderState(IReadOnlyList<string> Pages, IReadOnlyList<string> Choices, string Language);
