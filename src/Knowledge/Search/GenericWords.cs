namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// Everyday words that carry little topic in a question ("put", "go", "safe", "ver") but are
/// rare in a small corpus, so inverse document frequency alone would rate them as the most
/// important words of the question. Their weight is capped instead (<see cref="RoutingCalibration.GenericWordMaxWeight"/>): they still help rank, but
/// a question is not declined for using them, nor answered because of them.
/// </summary>
internal static class GenericWords
{
    public static readonly IReadOnlyList<string> Surface =
    [
        "put", "puts", "putting", "take", "takes", "took", "taking", "give", "gives", "gave", "go", "goes", "going", "went",
        "come", "comes", "came", "coming", "make", "makes", "made", "see", "sees", "saw", "seen", "look", "looks", "find",
        "found", "try", "trying", "use", "used", "using", "work", "works", "working", "worked", "allowed", "allow", "able",
        "safe", "okay", "true", "right", "wrong", "good", "bad", "real", "really", "thing", "way", "time", "times", "day",
        "days", "now", "today", "ever", "never", "always", "still", "already", "new", "old", "big", "small", "happen",
        "happened", "happening", "mean", "means", "meant", "start", "started", "stop", "stopped", "keep", "kept", "show",
        "shows", "showed", "talk", "talks", "talked", "think", "thinks", "believe", "feel", "live", "lives", "living",
        "person", "people", "someone", "family", "friend", "friends", "brother", "sister", "mom", "dad", "mother", "father",
        "son", "daughter", "husband", "wife", "kid", "kids", "child", "children", "cousin", "uncle", "aunt", "neighbor",
        "ver", "poder", "tener", "tengo", "tiene", "ir", "voy", "va", "dar", "hacer", "pasa", "pasar", "pasó", "quiere",
        "quieren", "saber", "sé", "decir", "dice", "mismo", "otra", "otro", "ahora", "hoy", "siempre", "nunca", "cosa",
        "persona", "gente", "familia", "hermano", "hermana", "mamá", "papá", "hijo", "hija", "esposo", "esposa", "niños",
        "grandson", "granddaughter", "grandma", "grandpa", "grandmother", "grandfather", "nephew", "niece", "coworker",
        "sobrino", "sobrina", "primo", "prima", "vecino", "vecina", "tío", "tía", "abuelo", "abuela", "nieto", "nieta",
        "amigo", "amiga", "era", "estaba", "entrar", "entran", "entró", "supo",
        // The paper itself, as people name it: "what does the paper say", "qué dice el informe".
        "informe", "documento", "paper", "article", "artículo",
    ];
}
