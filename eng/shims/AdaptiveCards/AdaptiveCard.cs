namespace AdaptiveCards
{
    /// <summary>
    /// Placeholder for the real AdaptiveCards.AdaptiveCard. Microsoft.Bot.Schema only names this
    /// type (for a SharePoint quick-view property); this bot never builds Adaptive Cards.
    /// </summary>
    public class AdaptiveCard
    {
    }
}
