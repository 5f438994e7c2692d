namespace KnowYourRights.Bot.Web.Pages;

/// <summary>The ask box: a plain GET form to <c>/ask</c>, so it works with JavaScript off.</summary>
internal static class AskForm
{
    /// <param name="question">The question to show in the box (already free of personal details), if any.</param>
    /// <param name="previousCardId">The card just shown: a short follow-up ("how long can they keep him?") is read with its topic, as in the chat.</param>
    public static string Render(PageTexts t, string label, string? question = null, string? previousCardId = null)
    {
        var h = HtmlDocument.Encoder;
        var hidden = (t.Language == "es" ? "<input type=\"hidden\" name=\"lang\" value=\"es\">" : string.Empty)
            + (previousCardId is null ? string.Empty : $"<input type=\"hidden\" name=\"after\" value=\"{h.Encode(previousCardId)}\">");
        return $"""
            <form class="noprint" method="get" action="/ask"><label for="q"><strong>{h.Encode(label)}</strong></label>
            <input type="text" id="q" name="q" value="{h.Encode(question ?? string.Empty)}" autocomplete="off">{hidden}
            <button type="submit">{h.Encode(t.AskButton)}</button></form>
            """;
    }
}
