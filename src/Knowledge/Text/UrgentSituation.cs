using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Recognises a message about immigration enforcement happening now ("ICE is knocking on my
/// door", "están arrestando a mi esposo afuera de la casa", "la migra is at my job") apart from
/// a question about the subject ("what happens when ICE comes to a courthouse", "can ICE come to
/// my school"). A sentence is urgent when it has all three signals, in English or Spanish:
/// <list type="bullet">
/// <item>enforcement: an enforcement actor (ICE, la migra, agents, police) or an arrest verb
/// ("arresting", "se llevaron");</item>
/// <item>now: a now word ("right now", "ahorita"), a present-progressive enforcement verb ("are
/// knocking", "están deteniendo"), an actor said to be somewhere ("ICE is at", "hay agentes
/// afuera", SMS-style "ICE at my door"), a just-past taking ("they just took", "acaban de llevarse"),
/// or a cry for help ("help", "ayuda");</item>
/// <item>a place or a person: the door, home, work, the street, a car, a court; a relative or
/// "me".</item>
/// </list>
/// A sentence that frames the scene as a case ("if", "when", "what happens", "cuando", "si") or asks
/// whether it may happen ("can ICE…", "¿pueden…?") is not urgent unless it also says "right now"
/// or asks for help in the same sentence. Text is lower-cased and accent-folded first, so phone
/// spellings ("estan", "aqui") read the same.
/// </summary>
public static partial class UrgentSituation
{
    /// <summary>True when the message says enforcement is happening now to someone or somewhere.</summary>
    public static bool IsHappeningNow(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return false;
        }
        var folded = Accents.Fold(message.ToLowerInvariant()).Replace('\u2019', '\'');
        var cryForHelp = CryForHelp().IsMatch(folded);
        foreach (var sentence in Sentences(folded))
        {
            if (IsUrgentSentence(sentence, cryForHelp))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsUrgentSentence(string sentence, bool messageCriesForHelp)
    {
        var actor = Actor().IsMatch(sentence);
        var arrest = ArrestVerb().IsMatch(sentence);
        // "Taking my son to school" is no arrest: taking counts only when an actor is named too.
        if ((!actor && !arrest) || !PlaceOrPerson().IsMatch(sentence))
        {
            return false;
        }
        // Someone already held ("my brother is in jail right now and ICE put a hold") is a detainer
        // question for the answer cards, not a scene a rapid-response team can go to (so is an agent
        // interviewing someone in jail); unless an arrest is going on as the sentence is written.
        if (Custody().IsMatch(sentence) && !Progressive().IsMatch(sentence))
        {
            return false;
        }
        // Only "right now" outweighs a case or another time; a cry for help does not ("PLEASE HELP, ICE waits at court when…").
        var strongNow = StrongNow().IsMatch(sentence);
        if (!strongNow && (Hypothetical().IsMatch(sentence) || AsksWhetherAllowed().IsMatch(sentence) || ActorMay().IsMatch(sentence) || OtherTime().IsMatch(sentence)))
        {
            return false;
        }
        return strongNow || messageCriesForHelp || CryForHelp().IsMatch(sentence)
            || Progressive().IsMatch(sentence)
            || (actor && (ActorIsThere().IsMatch(sentence) || ActorArrived().IsMatch(sentence)))
            || ((arrest || (actor && TakingVerb().IsMatch(sentence))) && JustNow().IsMatch(sentence));
    }

    // Already in custody: in jail, held, a detainer or hold (EN/ES).
    [GeneratedRegex(@"\b((in|at|into|to) (the |a )?(county )?(jail|prison)|in custody|in detention|locked up|behind bars|(immigration |ice )?(hold|detainer)s?|(en|a) la carcel|en custodia|(en|a) la prision|preso|presa|encerrad[oa])\b")]
    private static partial Regex Custody();

    /// <summary>Sentences by their end marks and line breaks; speech and SMS without any stay one sentence.</summary>
    private static IEnumerable<string> Sentences(string folded) =>
        SentenceBreak().Split(folded).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => " " + s.Trim() + " ");

    [GeneratedRegex(@"[.?!\n;]+")]
    private static partial Regex SentenceBreak();

    // Who enforces: ICE and its names, agents and officers, police ("la poli", "cops").
    private const string ActorWords =
        @"ice|i\.c\.e\.?|la migra|migra|immigration|inmigracion|imigracion|border patrol|patrulla fronteriza|cbp|hsi|ero|feds|federales|"
        + @"agents?|agentes?|officers?|oficiales?|police|policia|poli|cops?|sheriffs?|alguaciles?|marshals?|deportation";

    [GeneratedRegex(@"\b(" + ActorWords + @")\b")]
    private static partial Regex Actor();

    // An arrest, in any tense (the now signals read the tense).
    [GeneratedRegex(@"\b(arrest\w*|detain\w*|handcuff\w*|raid\w*|redadas?|detenien\w*|detuvi\w*|detienen|esposa(ndo|ron)|arrestando|arrestaron)\b")]
    private static partial Regex ArrestVerb();

    // Taking someone: enforcement only beside a named actor ("ICE just took my brother", "se lo llevaron los de ICE").
    [GeneratedRegex(@"\b((tak(e|es|ing|en)|took|grabb?(ed|ing)?|picking up|picked up|dragg?(ed|ing)?|pulled|pulling)\s+(away\s+)?(my|him|her|them|me|us|people|everyone|workers|someone|somebody)|"
        + @"pick(ing|ed)? (him|her|them|me|us) up|"
        + @"llev\w*\s+a\s+(mi|mis|su|sus|el|la|los|las|un|una|todos)|se\s+(lo|la|los|las|me|nos)\s+(\w+\s+)?llev\w*|(me|lo|la|los|nos)\s+(\w+\s+)?llev(an|aron|ando)|llevandose\w*|"
        + @"agarr(ando|aron|o)\s+a|levant(ando|aron)\s+a)\b")]
    private static partial Regex TakingVerb();

    // A place where it happens, or the person it happens to.
    [GeneratedRegex(@"\b(door|puerta|house|home|casa|apartment|apt|apartamento|departamento|building|edificio|yard|patio|"
        + @"work|job|workplace|trabajo|chamba|jale|factory|fabrica|site|restaurant|restaurante|store|tienda|shop|"
        + @"street|calle|outside|afuera|corner|esquina|car|carro|coche|truck|parking|estacionamiento|"
        + @"church|iglesia|school|escuela|court|courthouse|corte|tribunal|neighborhood|barrio|vecindario|here|aqui|aca|"
        + @"me|him|her|them|us|nos|people|gente|"
        + @"husband|wife|son|daughter|kids?|children|mom|mother|dad|father|brother|sister|cousin|uncle|aunt|friend|neighbou?r|"
        + @"esposo|esposa|marido|mujer|hijos?|hijas?|mama|papa|madre|padre|hermanos?|hermanas?|primos?|primas?|tios?|tias?|amigos?|amigas?|vecinos?|vecinas?)\b")]
    private static partial Regex PlaceOrPerson();

    // "Right now", "ahorita": said outright.
    [GeneratedRegex(@"\b(right now|rn|as we speak|at this moment|happening now|ahorita|ahora mismo|en este momento|justo ahora)\b|\b(now|ahora|ya)\s*!")]
    private static partial Regex StrongNow();

    // A cry for help, not the word in a sentence ("voted to NOT help ICE"): alone at either end, or said as a plea.
    [GeneratedRegex(@"^\W*(help|ayuda|auxilio|socorro)\b|\b(help|ayuda|auxilio|socorro)\W*$|\b(help me|help us|please help|pls help|plz help|need help|emergency|urgent|sos|ayudame|ayudeme|ayudenme|ayudanos|necesito ayuda|emergencia|urgente)\b")]
    private static partial Regex CryForHelp();

    // Enforcement going on: "are knocking", "is taking", "están deteniendo", "se lo están llevando".
    [GeneratedRegex(@"\b(is|are|'s|'re|r|iz|am|esta|estan|estamos)\s+(\w+\s+)?(arresting|detaining|taking|grabbing|handcuffing|raiding|knocking|banging|pounding|chasing|surrounding|picking|dragging|questioning|stopping|following|waiting|"
        + @"arrestando|deteniendo|llevando|llevandose|llevandoselo|llevandosela|agarrando|esposando|tocando|golpeando|persiguiendo|rodeando|levantando|preguntando|esperando|parando)\b"
        + @"|\b(knocking|banging|pounding|tocando|golpeando)\b|\b(ahi|aqui|afuera)\s+(esta|estan)\b|\b(me|lo|la|los|nos)\s+(estan|esta)\s+\w+ndo\b|\bse\s+(lo|la|los|las)\s+(estan|esta)\s+llevando\b"
        + @"|\b(hay una redada|there'?s a raid|raid (is )?(going on|happening))\b")]
    private static partial Regex Progressive();

    // "ICE is at my door", "agents are outside", "la migra está afuera", SMS "ice at my job", "ICE here!". Only
    // more enforcement words may come between the actor and the place ("ICE agents at my door"), never a verb
    // ("ICE arresta gente en la corte" is a question about what ICE does).
    private const string Between = @"(\s+(agents?|officers?|agentes?|oficiales?|de inmigracion|de ice|vans?|trucks?|cars?|and (the )?police|y (la )?policia))?";

    [GeneratedRegex(@"\b(" + ActorWords + @")\b" + Between + @"\s+((is|are|'s|'re|r|iz|esta|estan)\s+)?(at|outside|in front of|en|afuera de|frente a|enfrente de)\s+(my|our|mi|mis|nuestra|nuestro|nuestros|this|esta|este|the door|the front|the house|the building|la puerta|la casa|el trabajo|el edificio)\b"
        + @"|\b(" + ActorWords + @")\b" + Between + @"\s+((is|are|'s|'re|r|iz|esta|estan)\s+)?(in|inside|on|by|near|around)\s+(my|our)\b"
        + @"|\b(" + ActorWords + @")\b" + Between + @"\s+(is|are|'s|'re|esta|estan)\s+(here|outside|aqui|aca|afuera|ahi)\b"
        // Without "is": "ICE here!", "migra afuera ahorita"; but "the sheriff here works with ICE" is the local sheriff.
        + @"|\b(" + ActorWords + @")\b" + Between + @"\s+(here|outside|aqui|aca|afuera|ahi)(\s*[!,]|\s+(now|rn|right now|ahora|ahorita|ya)\b|\s*$)")]
    private static partial Regex ActorIsThere();

    // "There are ICE agents outside", "hay agentes de inmigración", "llegó la migra", "ICE just showed up".
    [GeneratedRegex(@"\b(there('s| is| are| r)|theres|hay|llego|llegaron)\s+(\w+\s+){0,2}?(" + ActorWords + @")\b"
        + @"|\b(" + ActorWords + @")\s+(\w+\s+){0,2}?(showed up|just came|came in|llego|llegaron|acaba de llegar|acaban de llegar|broke in|entered|entraron|entro)\b")]
    private static partial Regex ActorArrived();

    // A taking just now: "they just took my dad", "se acaban de llevar a mi hermano". "Just" only before the
    // taking itself: "I just want to know what the paper says about ICE arresting people" is a question.
    [GeneratedRegex(@"\b(just (now )?(took|taken|grabb?ed|arrested|detained|picked|came|showed|raided|handcuffed|got|left|pulled|stopped)|acaba(n)? de|hace (un rato|unos minutos|rato)|a few minutes ago|minutes ago)\b")]
    private static partial Regex JustNow();

    // A case, not a scene: "if", "when", "what happens", "what should I do if", "cuando", "si", "qué pasa".
    [GeneratedRegex(@"\b(if|when|whenever|what happens|what would|what if|in case|suppose|ever|usually|generally|"
        + @"si|cuando|que pasa|que sucede|en caso|alguna vez)\b")]
    private static partial Regex Hypothetical();

    // What ICE may do, anywhere in the sentence: "ice puede arrestar en la escuela", "police can stop me at work".
    [GeneratedRegex(@"\b(" + ActorWords + @")\s+(can|could|may|might|will|would|should|cannot|can't|puede|pueden|podria|podrian|tiene que|tienen que|necesita|necesitan|need|needs)\b")]
    private static partial Regex ActorMay();

    // Another time than now, or a taking that did not happen: "yesterday", "next tuesday", "last week", "ayer", "la semana pasada".
    [GeneratedRegex(@"\b(did not|didn't|didnt|never|nunca|yesterday|tomorrow|last (night|week|month|year|time)|next (week|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(days?|weeks?|months?|years?) ago|in (19|20)\d\d|"
        + @"ayer|anoche|la semana pasada|el mes pasado|el ano pasado|la proxima semana|el proximo|la proxima vez|pasado manana|hace (un|una|dos|tres|\d+) (anos?|meses|mes|semanas?))\b")]
    private static partial Regex OtherTime();

    // Asking whether it may happen: "can ICE come…", "does ICE need…", "¿pueden entrar…?".
    [GeneratedRegex(@"^\W*((so|but|and|y|pero|um|uh|oye|hey|hi|hola|ok|okay|what|how|why|where|que|como|por que|donde)\s+)?(can|could|may|might|will|would|should|do|does|did|is|are|puede|pueden|podria|podrian|tiene|tienen|deben|debe|es|son)\b")]
    private static partial Regex AsksWhetherAllowed();
}
