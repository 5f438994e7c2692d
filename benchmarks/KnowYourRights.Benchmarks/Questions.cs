namespace KnowYourRights.Benchmarks;

/// <summary>Realistic messages: worried stories, short keyword questions, Spanish.</summary>
internal static class Questions
{
    public const string Fixed = "Can ICE arrest me at court?";

    public const string TwoQuestions = "Two questions: 1) what is an ICE detainer? 2) can the police share my fingerprints with ICE?";

    /// <summary>The card of the previous answer, and a follow-up that names no topic.</summary>
    public const string PreviousCardId = "287g";

    public const string FollowUp = "how many are there now?";

    public static readonly string[] Varied =
    [
        "My brother was arrested for driving without a license and the jail says ICE put a hold on him. Can they keep him after his bail is paid?",
        "I have a court date next month for a traffic ticket and I am scared ICE will be waiting for me at the courthouse. Is that allowed?",
        "The sheriff in our county signed some agreement with ICE. What does that mean for my family?",
        "My cousin got fingerprinted at the jail and now ICE knows about him. How did they find out?",
        "I need to go to the DMV to get a license but I am afraid they will give my information to immigration. Do they share it?",
        "My kids go to public school and I am worried ICE can come to the school. Are schools safe?",
        "Police stopped me and asked where I was born. Do I have to answer?",
        "what is a detainer",
        "287g",
        "sanctuary city meaning",
        "secure communities",
        "can ICE come to the hospital",
        "ice hold 48 hours",
        "what is PEP",
        "¿Qué es un detainer de ICE?",
        "¿La policía puede preguntarme por mi estatus migratorio?",
        "Mi esposo está en la cárcel y ICE le puso una orden de retención. ¿Cuánto tiempo lo pueden tener?",
        "¿Es seguro ir a la corte si no tengo papeles?",
        "Is it true that local police can work as immigration agents?",
        "Where can I find a free immigration lawyer?",
    ];

    private static readonly string[] Openings = ["", "Hi,", "Hello.", "Please help:", "Quick question:", "I need to know:", "My friend asks:", "Sorry to bother you,", "Good morning.", "Hey there,"];

    private static readonly string[] Closings = ["", "Thanks.", "Thank you!", "Please answer.", "I am worried.", "Gracias.", "It is urgent.", "Any help is welcome.", "Asking for my family.", "Please reply soon."];

    private static readonly string[] Places = ["", "We live in Texas.", "We live in Oregon.", "We live in Florida.", "We live in Ohio.", "We live in Arizona.", "We live in Georgia.", "We live in Nevada.", "We live in Utah.", "We live in Iowa."];

    /// <summary>
    /// Message <paramref name="n"/> of 20,000 distinct ones: a varied question with an opening,
    /// a closing and a place (words only: numbers would be scrubbed as personal details).
    /// </summary>
    public static string Distinct(int n)
    {
        var i = n % (Varied.Length * Openings.Length * Closings.Length * Places.Length);
        var question = Varied[i % Varied.Length];
        i /= Varied.Length;
        var opening = Openings[i % Openings.Length];
        i /= Openings.Length;
        var closing = Closings[i % Closings.Length];
        i /= Closings.Length;
        var place = Places[i % Places.Length];
        return string.Join(' ', new[] { opening, question, place, closing }.Where(s => s.Length > 0));
    }
}
