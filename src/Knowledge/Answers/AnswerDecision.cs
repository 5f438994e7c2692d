namespace KnowYourRights.Knowledge.Answers;

/// <summary>What to answer with, decided from a question's retrieval.</summary>
internal abstract record AnswerDecision
{
    /// <summary>How well the card this decision rests on accounts for the question, when it was checked.</summary>
    public CardVerification? Verification { get; init; }

    /// <summary>Said before a choice of cards or a decline: why the question is not answered outright (the bot's words, in the question's language).</summary>
    public string? Reason { get; init; }

    /// <summary>A curated card answers the question.</summary>
    public sealed record WithCard(string CardId, double Score) : AnswerDecision
    {
        /// <summary>A card nearly as close as this one, offered as the first follow-up.</summary>
        public string? RunnerUp { get; init; }
    }

    /// <summary>Close to several cards but clearly none: offer them.</summary>
    public sealed record OfferCards(IReadOnlyList<string> CardIds, double Score) : AnswerDecision;

    /// <summary>No card fits, but passages of the paper or a source do: quote them under a plain lead-in.</summary>
    public sealed record WithPassages(IReadOnlyList<string> PassageIds, double Score) : AnswerDecision
    {
        /// <summary>True when the best passage is a cited source's own text (a refresh), not the paper's.</summary>
        public bool Sources { get; init; }
    }

    /// <summary>The sources do not cover it.</summary>
    public sealed record Decline(double Score) : AnswerDecision;
}
