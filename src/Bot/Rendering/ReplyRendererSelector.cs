namespace KnowYourRights.Bot.Rendering;

/// <summary>
/// Picks the renderer for a channel. Web chat is the fallback, so a channel with no renderer of
/// its own (the Emulator, Direct Line, Teams, …) still gets Markdown, which most of them show.
/// </summary>
public sealed class ReplyRendererSelector(IEnumerable<IReplyRenderer> renderers, WebChatAnswerRenderer fallback)
{
    private readonly IReadOnlyList<IReplyRenderer> _renderers = renderers.ToList();

    public IReplyRenderer For(string? channelId) =>
        _renderers.FirstOrDefault(r => r is not WebChatAnswerRenderer && r.Handles(channelId ?? string.Empty))
        ?? fallback;
}
