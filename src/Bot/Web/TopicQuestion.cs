namespace KnowYourRights.Bot.Web;

/// <summary>A shareable topic (<c>/?topic=ID</c>) and the question the page asks for it.</summary>
public sealed record TopicQuestion(string Id, string Question);
