namespace KnowYourRights.Knowledge.Text;

/// <summary>How a question asks: the kind of fact it wants, and whether it wants a yes or a no first.</summary>
/// <param name="Kind">The kind of fact asked for.</param>
/// <param name="YesNo">True for a question a yes or a no answers ("can they…?", "is it true…?", "¿pueden…?").</param>
public readonly record struct QuestionForm(QuestionKind Kind, bool YesNo)
{
    /// <summary>Kinds whose answer is one fact (a number, a length of time, a date): the answer leads with it or says the paper does not give it.</summary>
    public bool AsksForFact => Kind is QuestionKind.HowMany or QuestionKind.HowLong or QuestionKind.When;
}
