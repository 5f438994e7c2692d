namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>One <c>GET activities</c> page of a feed, the same whether the feed is in memory or in Redis.</summary>
internal static class FeedPage
{
    /// <summary>
    /// The activities after <paramref name="watermark"/>, at most <paramref name="maxBytes"/> of them
    /// (but always one when there is one), and the watermark to ask with next: the last one
    /// returned, so a client that got only part of what is new gets the rest on its next poll;
    /// <paramref name="lastSequence"/> when it got everything.
    /// </summary>
    public static (IReadOnlyList<FeedActivity> Activities, long Watermark) After(IEnumerable<FeedActivity> feed, long watermark, int maxBytes, long lastSequence)
    {
        var page = new List<FeedActivity>();
        long bytes = 0;
        foreach (var item in feed)
        {
            if (item.Sequence <= watermark)
            {
                continue;
            }
            if (page.Count > 0 && bytes + item.Json.Length > maxBytes)
            {
                return (page, page[^1].Sequence);
            }
            page.Add(item);
            bytes += item.Json.Length;
        }
        return (page, lastSequence);
    }
}
