using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Finds the question or questions to search for in a chat or SMS message. A message can be a
/// 2,000-character worried story with the question at the end, or two questions at once; a
/// search for the whole story matches the story's words, not the question, and a search for two
/// questions answers neither well.
/// </summary>
/// <remarks>
/// <para>
/// A short message (up to <see cref="ShortMessageLength"/> characters) holding one question is
/// returned unchanged. A message is split only when it clearly holds several questions:
/// numbered items ("1) … 2) …", "Q1 … Q2 …", "first, … second, …"), an announcement ("two
/// questions: X, and Y?", "dos preguntas: …"), or several "?" sentences each bringing topic
/// words of their own — "is that true? what happened?" stays one question.
/// </para>
/// <para>
/// Each question is made self-contained: when it is short or leans on a pronoun ("can they
/// deport him?"), the one or two sentences just before it, which usually name its subject, are
/// put in front. No question is longer than <see cref="MaxQuestionLength"/> characters; an
/// over-long one keeps its end, where chat questions put the ask. Deterministic, no model.
/// </para>
/// </remarks>
internal static partial class MessageQuestions
{
    /// <summary>A message up to this long with one question is searched as typed.</summary>
    public const int ShortMessageLength = 200;

    /// <summary>The longest question returned; beyond this a story's words drown the question's.</summary>
    public const int MaxQuestionLength = 300;

    /// <summary>The most questions one message is answered for.</summary>
    public const int MaxQuestions = 3;

    /// <summary>A question with less topic weight than this borrows the sentences before it.</summary>
    private const int SelfContainedWeight = 3;

    /// <summary>How far into an over-long question's tail a clause break may move its start.</summary>
    private const int ClauseBreakReach = 120;

    /// <summary>Returns the question(s) in <paramref name="message"/> to search for, in order, at most <see cref="MaxQuestions"/>.</summary>
    public static IReadOnlyList<string> Extract(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Trim();
        if (!text.Any(char.IsLetterOrDigit))
        {
            // Nothing to split ("🙏🙏"): the message is its own question, and gets the usual reply.
            return [text];
        }
        var listed = ListedQuestions(text);
        if (listed is not null)
        {
            return listed;
        }
        var sentences = MessageSentences.Split(text);
        var groups = QuestionGroups(sentences);
        if (groups.Count <= 1 && text.Length <= ShortMessageLength)
        {
            return [text];
        }
        if (groups.Count == 0)
        {
            var asking = AskingSentence(sentences);
            groups.Add(new QuestionGroup(asking, asking));
        }
        var questions = new List<string>();
        var previousEnd = -1;
        foreach (var group in groups.Take(MaxQuestions))
        {
            var question = string.Join(' ', sentences.Skip(group.First).Take(group.Last - group.First + 1));
            var context = sentences.Skip(previousEnd + 1).Take(group.First - previousEnd - 1).ToList();
            questions.Add(SelfContained(question, context));
            previousEnd = group.Last;
        }
        return questions;
    }

    /// <summary>
    /// The sentence of a message of several sentences that asks — its last "?" sentence, else its
    /// last asking sentence ("what does secure communities mean lol" after "hi im texting for my
    /// mom"), as written: the sentences before it are what drowned it; null for one sentence, or
    /// when the asking sentence names too little of a topic to be read alone.
    /// </summary>
    public static string? AskingPart(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sentences = MessageSentences.Split(message.Trim());
        if (sentences.Count < 2)
        {
            return null;
        }
        var asking = sentences.Count - 1;
        while (asking >= 0 && !IsQuestion(sentences[asking]))
        {
            asking--;
        }
        if (asking < 0)
        {
            asking = AskingSentence(sentences);
        }
        // "Is that legal?", "how do i find him": a sentence naming no topic of its own means nothing alone;
        // nor does one whose subject is a thing named before ("…a background check. Will it show my status?").
        return TopicWords.Weight(sentences[asking]) >= SelfContainedWeight && !ThingNamedBefore().IsMatch(sentences[asking]) ? sentences[asking].Trim() : null;
    }

    /// <summary>Questions the asker listed or announced; null when the message has no such list.</summary>
    private static List<string>? ListedQuestions(string text)
    {
        var announcement = Announcement().Match(text);
        var items = NumberedItems(text, announcement.Success) ?? BulletedItems(text);
        if (items is null && announcement.Success)
        {
            items = AnnouncedItems(text, announcement);
        }
        if (items is null)
        {
            return null;
        }
        var context = MessageSentences.Split(items.Value.Preamble)
            .Where(s => TopicWords.Weight(Announcement().Replace(s, string.Empty)) > 0)
            .Select(s => Announcement().Replace(s, string.Empty).Trim(' ', ':', '-', ',', '–', '—'))
            .Where(s => s.Length > 0)
            .ToList();
        return items.Value.Questions
            .Select(TrimJoiners)
            .Where(q => q.Any(char.IsLetterOrDigit))
            .Take(MaxQuestions)
            .Select(q => SelfContained(q, context))
            .ToList();
    }

    /// <summary>"1) … 2) …", "Q1 … Q2 …"; "first, … second, …" only when announced or each item asks, since stories count too.</summary>
    private static (string Preamble, List<string> Questions)? NumberedItems(string text, bool announced)
    {
        var markers = ListMarker().Matches(text)
            .Select(m => (m.Index, m.Length, Number: MarkerNumber(m)))
            .Where(m => m.Number > 0)
            .ToList();
        var first = markers.FindIndex(m => m.Number == 1);
        if (first < 0)
        {
            return null;
        }
        var sequence = new List<(int Index, int Length, int Number)> { markers[first] };
        foreach (var marker in markers.Skip(first + 1))
        {
            if (marker.Number == sequence[^1].Number + 1)
            {
                sequence.Add(marker);
            }
        }
        if (sequence.Count < 2)
        {
            return null;
        }
        var questions = new List<string>();
        for (var i = 0; i < sequence.Count; i++)
        {
            var start = sequence[i].Index + sequence[i].Length;
            var end = i + 1 < sequence.Count ? sequence[i + 1].Index : text.Length;
            questions.Add(text[start..end]);
        }
        var byWords = ListMarker().Match(text, sequence[0].Index).Groups["word"].Success;
        if (byWords && !announced && !questions.All(IsQuestion))
        {
            return null;
        }
        return (text[..sequence[0].Index], questions);
    }

    private static int MarkerNumber(Match marker)
    {
        if (marker.Groups["n"].Success)
        {
            return marker.Groups["n"].Value[0] - '0';
        }
        var word = marker.Groups["word"].Value.ToLowerInvariant();
        return word.StartsWith("first", StringComparison.Ordinal) || word.StartsWith("primer", StringComparison.Ordinal) ? 1
            : word.StartsWith("second", StringComparison.Ordinal) || word.StartsWith("segund", StringComparison.Ordinal) ? 2
            : word.StartsWith("third", StringComparison.Ordinal) || word.StartsWith("tercer", StringComparison.Ordinal) ? 3
            : 0;
    }

    private static (string Preamble, List<string> Questions)? BulletedItems(string text)
    {
        var bullets = Bullet().Matches(text);
        if (bullets.Count < 2)
        {
            return null;
        }
        var questions = new List<string>();
        for (var i = 0; i < bullets.Count; i++)
        {
            var start = bullets[i].Index + bullets[i].Length;
            var end = i + 1 < bullets.Count ? bullets[i + 1].Index : text.Length;
            questions.Add(text[start..end]);
        }
        return (text[..bullets[0].Index], questions);
    }

    /// <summary>"two questions: X, and Y?": the "?" sentences after the announcement, or one sentence cut at its joiners.</summary>
    private static (string Preamble, List<string> Questions)? AnnouncedItems(string text, Match announcement)
    {
        var after = announcement.Index + announcement.Length;
        var sentences = MessageSentences.Split(text[after..]);
        var asked = sentences.Where(IsQuestion).ToList();
        if (asked.Count >= 2)
        {
            return (text[..after], asked);
        }
        var question = asked.Count == 1 ? asked[0] : sentences.LastOrDefault();
        if (question is null)
        {
            return null;
        }
        var parts = new List<string>();
        var start = 0;
        foreach (Match joiner in QuestionJoiner().Matches(question))
        {
            var part = question[start..joiner.Index];
            if (TopicWords.Weight(part) > 0)
            {
                parts.Add(part);
                start = joiner.Index + joiner.Length;
            }
        }
        parts.Add(question[start..]);
        if (parts.Count < 2 || TopicWords.Weight(parts[^1]) == 0)
        {
            return null;
        }
        var before = text[..after] + " " + string.Join(' ', sentences.TakeWhile(s => !ReferenceEquals(s, question)));
        return (before, parts);
    }

    /// <summary>Runs of "?" sentences; a question bringing no topic of its own joins the one before it.</summary>
    private static List<QuestionGroup> QuestionGroups(IReadOnlyList<string> sentences)
    {
        var groups = new List<QuestionGroup>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!IsQuestion(sentences[i]))
            {
                continue;
            }
            if (groups.Count > 0)
            {
                var last = groups[^1];
                var earlier = string.Join(' ', Enumerable.Range(last.First, i - last.First).Select(j => sentences[j]));
                if (TopicWords.NewWeight(sentences[i], earlier) < 2)
                {
                    groups[^1] = last with { Last = i };
                    continue;
                }
            }
            groups.Add(new QuestionGroup(i, i));
        }
        return groups;
    }

    /// <summary>In a message without "?", the last sentence that asks ("I want to know if…", "can ICE…"), else the last one.</summary>
    private static int AskingSentence(IReadOnlyList<string> sentences)
    {
        for (var i = sentences.Count - 1; i >= 0; i--)
        {
            if (AskingStart().IsMatch(sentences[i]))
            {
                return i;
            }
        }
        return sentences.Count - 1;
    }

    private static bool IsQuestion(string sentence) => sentence.Contains('?', StringComparison.Ordinal) || sentence.StartsWith('¿');

    /// <summary>Puts the subject-carrying sentences before a short or pronoun-led question, within the length limit.</summary>
    private static string SelfContained(string question, IReadOnlyList<string> context)
    {
        var text = question.Trim();
        if (text.Length > MaxQuestionLength)
        {
            return Tail(text);
        }
        var borrowed = 0;
        var lastBorrowed = text;
        for (var i = context.Count - 1; i >= 0 && borrowed < 2; i--)
        {
            if (TopicWords.Weight(context[i]) == 0)
            {
                continue; // "Hi", "buenas noches", "🙏": nothing to borrow
            }
            // A question that names too little on its own ("what exactly was promised, and for how long?")
            // borrows two sentences: the one just before is often about the asker ("I'm 74 and I worry"),
            // the subject one further back ("…promised nobody would get deported for a while").
            var needsMore = borrowed == 0
                ? TopicWords.LeansOnContext(text) || TopicWords.Weight(text) < SelfContainedWeight
                : TopicWords.LeansOnContext(lastBorrowed) || TopicWords.Weight(text) < SelfContainedWeight + 1
                    || TopicWords.Weight(question) < SelfContainedWeight;
            var combined = context[i] + " " + text;
            if (!needsMore || combined.Length > MaxQuestionLength)
            {
                break;
            }
            text = combined;
            lastBorrowed = context[i];
            borrowed++;
        }
        return text;
    }

    /// <summary>The last <see cref="MaxQuestionLength"/> characters, started at a word, or a clause break if one is near.</summary>
    private static string Tail(string text)
    {
        var start = text.Length - MaxQuestionLength;
        while (start < text.Length && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }
        var window = text[start..];
        var clause = ClauseBreak().Match(window);
        if (clause.Success && clause.Index < ClauseBreakReach)
        {
            window = window[(clause.Index + clause.Length)..];
        }
        return window.Trim();
    }

    private static string TrimJoiners(string item) => EdgeJoiners().Replace(item, string.Empty).Trim();

    private readonly record struct QuestionGroup(int First, int Last);

    [GeneratedRegex(
        @"\b(?:two|2|three|3|a\s+couple(?:\s+of)?|dos|tres|un\s+par\s+de)\s+(?:quick\s+|short\s+|small\s+|little\s+)?"
        + @"(?:questions?|q'?s|ones|things|preguntas|preguntitas|cosas|dudas)(?:\s+r[aá]pidas)?(?:\s+(?:for\s+you|please|por\s+favor))?\s*[:\-–—,.]?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();

    [GeneratedRegex(
        @"(?<![\w(])(?:(?<n>[1-3])[.)](?=\s)|\((?<n>[1-3])\)|\#(?<n>[1-3])\b[:.)]?|[Qq](?<n>[1-3])\b[:.)-]?"
        + @"|(?<word>(?i:first(?:ly)?|second(?:ly)?|third(?:ly)?|primero|segundo|tercero|primera|segunda|tercera))(?:\s+(?i:question|one|pregunta))?\s*[:,])")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?m)^[ \t]*[-*•·][ \t]+")]
    private static partial Regex Bullet();

    /// <summary>"…, and does…", "… y cuál…": a joiner followed by a question word starts a second question.</summary>
    [GeneratedRegex(
        @"(?:\s*[,;]\s*(?:and\s+|also\s+|plus\s+|y\s+|también\s+)?|\s+(?:and|also|y)\s+)(?=(?:what|what's|whats|when|where|why|how|who|which|can|could|do|does|did|is|are|was|were|will|would|should|if|qu[eé]|cu[aá]l(?:es)?|cu[aá]nt[oa]s?|c[oó]mo|cu[aá]ndo|d[oó]nde|por\s*qu[eé]|qui[eé]n|puede[n]?|puedo|es|son|hay|tienen|si)\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex QuestionJoiner();

    [GeneratedRegex(
        @"^\s*(?:i\s+(?:want|need|would\s+like)\s+to\s+know|(?:can|could)\s+you\s+tell\s+me|quiero\s+saber|necesito\s+saber|what|when|where|why|how|who|which|can|could|do|does|did|is|are|will|would|should|qu[eé]|cu[aá]l|c[oó]mo|cu[aá]ndo|d[oó]nde|por\s*qu[eé]|puede[n]?|puedo|es|hay)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AskingStart();

    [GeneratedRegex(@"[,;:]\s+|\s+(?:and|but|so|y|pero)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>"Will it show…", "¿eso es legal?": a thing the sentences before named ("it" before a verb, not "is it legal to…").</summary>
    [GeneratedRegex(@"\b(?:will|would|does|did|can|could|is|was)\s+(?:it|that|this)\s+(?!legal\b|true\b|possible\b|okay\b|ok\b|safe\b|right\b)\w+|\b(?:eso|esto)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThingNamedBefore();

    [GeneratedRegex(@"^[\s,;:.\-–—]*(?:(?:and|also|plus|y|también)\b[\s,]*)?|[\s,;\-–—]*(?:\b(?:and|also|y)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EdgeJoiners();
}
