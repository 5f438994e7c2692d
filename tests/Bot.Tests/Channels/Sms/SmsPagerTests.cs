using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

public sealed class SmsPagerTests
{
    private static readonly string More = SmsReplyTexts.MorePrompt(Language.English);

    private static string Sentences(int count, string word = "detainer") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"Sentence {i} is about a {word} and the jail. [{i % 3 + 1}]"));

    /// <summary>The words of the pages, without the MORE prompts and choice lead, in order.</summary>
    private static string Words(IEnumerable<string> pages, string language = Language.English) =>
        string.Join(' ', pages.Select(p => p.Replace(SmsReplyTexts.MorePrompt(language), string.Empty, StringComparison.Ordinal))
            .SelectMany(p => p.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void A_short_reply_is_one_page_without_a_prompt()
    {
        var pages = SmsPager.Paginate("Hi there.\n\nSecond paragraph.", [], Language.English);

        Assert.Equal("Hi there.\n\nSecond paragraph.", Assert.Single(pages));
    }

    [Fact]
    public void A_long_reply_is_cut_into_pages_of_at_most_two_segments_that_keep_every_word_in_order()
    {
        var text = Sentences(6) + "\n\n" + Sentences(5, "courthouse");

        var pages = SmsPager.Paginate(text, [], Language.English);

        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.True(SmsSegments.Fits(p), $"{SmsSegments.Count(p)} segments: {p}"));
        Assert.All(pages.Take(pages.Count - 1), p => Assert.EndsWith("\n\n" + More, p, StringComparison.Ordinal));
        Assert.DoesNotContain(More, pages[^1], StringComparison.Ordinal);
        Assert.Equal(Words([text]), Words(pages));
        // Pages break between sentences, and a citation marker stays with its sentence.
        Assert.All(pages, p => Assert.Matches(@"\[\d\](\n\n\(Reply MORE for more\))?$", p));
    }

    [Fact]
    public void Choices_are_numbered_after_the_text_with_a_lead()
    {
        var pages = SmsPager.Paginate("Short answer. [1]", ["What is 287(g)?", "What is PEP?"], Language.English);

        Assert.Equal("Short answer. [1]\n\nReply with a number:\n\n1) What is 287(g)?\n\n2) What is PEP?", Assert.Single(pages));
    }

    [Fact]
    public void Many_choices_run_over_onto_the_next_pages()
    {
        var choices = Enumerable.Range(1, 12).Select(i => $"Question number {i} about ICE detainers and the county jail?").ToList();

        var pages = SmsPager.Paginate(Sentences(2), choices, Language.English);

        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.True(SmsSegments.Fits(p)));
        var all = string.Join("\n\n", pages);
        for (var i = 1; i <= 12; i++)
        {
            Assert.Contains($"{i}) Question number {i} ", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_word_longer_than_a_page_is_cut()
    {
        var url = "https://example.org/" + new string('x', 700);

        var pages = SmsPager.Paginate("[1] A source: " + url, [], Language.English);

        Assert.All(pages, p => Assert.True(SmsSegments.Fits(p)));
        Assert.True(pages.Count >= 3);
        var joined = string.Concat(pages.Select(p => p.Replace("\n\n" + More, string.Empty, StringComparison.Ordinal))).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.EndsWith(url, joined, StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_pages_are_ucs2_and_still_fit_two_segments()
    {
        var text = string.Join(' ', Enumerable.Range(1, 8).Select(i => $"La cárcel recibió el pedido número {i} de ICE. [1]"));

        var pages = SmsPager.Paginate(text, ["¿Qué es un detainer?"], Language.Spanish);

        Assert.True(pages.Count >= 4);
        Assert.All(pages, p => Assert.True(SmsSegments.Fits(p), $"{SmsSegments.Count(p)} segments: {p}"));
        Assert.Contains(pages, p => SmsSegments.EncodingOf(p) == SmsEncoding.Ucs2 && p.Length > SmsSegments.Ucs2Single);
        Assert.All(pages.Take(pages.Count - 1), p => Assert.EndsWith(SmsReplyTexts.MorePrompt(Language.Spanish), p, StringComparison.Ordinal));
        Assert.Contains("1) ¿Qué es un detainer?", pages[^1], StringComparison.Ordinal);
        Assert.Equal(Words([text]), Words(pages.Select(p => p[..(p.IndexOf(SmsReplyTexts.ChoicesLead(Language.Spanish), StringComparison.Ordinal) is var i and >= 0 ? i : p.Length)]), Language.Spanish));
    }

    [Fact]
    public void Any_text_and_choices_page_into_messages_of_at_most_two_segments()
    {
        // Words of every kind: GSM-7, extension characters, accents that force UCS-2, emoji, long runs.
        string[] words = ["ICE", "detainer", "[1]", "{x}", "€5", "cárcel", "niño", "¿qué?", "\u2014", "\U0001F600", "287(g)", new string('w', 90), "https://example.org/" + new string('u', 200), "a|b", "~"];
        var random = new Random(20261127);
        for (var run = 0; run < 300; run++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
                string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => words[random.Next(words.Length)] + (random.Next(6) == 0 ? "." : string.Empty))));
            var choices = Enumerable.Range(0, random.Next(0, 8)).Select(i => $"Choice {i} {words[random.Next(words.Length)]}?").ToList();
            var language = random.Next(2) == 0 ? Language.English : Language.Spanish;

            var pages = SmsPager.Paginate(string.Join("\n\n", paragraphs), choices, language);

            Assert.NotEmpty(pages);
            Assert.All(pages, p =>
            {
                Assert.True(SmsSegments.Fits(p), $"{SmsSegments.Count(p)} segments: {p}");
                Assert.False(p.Length > 0 && char.IsHighSurrogate(p[^1]));
                Assert.False(p.Length > 0 && char.IsLowSurrogate(p[0]));
            });
            Assert.All(pages.Take(pages.Count - 1), p => Assert.EndsWith(SmsReplyTexts.MorePrompt(language), p, StringComparison.Ordinal));
        }
    }

    /// <summary>A page's text without its MORE prompt.</summary>
    private static string Body(string page) => page.Replace("\n\n" + More, string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Pages_break_only_between_sentences()
    {
        // Sentences of uneven lengths, so that a cut between words would often fill pages better.
        var random = new Random(26);
        var text = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"Sentence {i} says{string.Concat(Enumerable.Repeat(" more", random.Next(1, 25)))}."));

        var pages = SmsPager.Paginate(text, [], Language.English);

        Assert.True(pages.Count >= 4);
        Assert.All(pages, p => Assert.Matches(@"^Sentence \d+ says.*\.$", Body(p)));
        Assert.Equal(Words([text]), Words(pages));
    }

    [Fact]
    public void A_sentence_longer_than_a_page_breaks_between_clauses_not_words()
    {
        var clauses = Enumerable.Range(1, 12).Select(i => $"clause {i} names the county jail and its records").ToList();
        var sentence = "When ICE asks, " + string.Join(", ", clauses) + ".";
        Assert.False(SmsSegments.Fits(sentence));

        var pages = SmsPager.Paginate(sentence + " A short one.", [], Language.English);

        Assert.True(pages.Count >= 2);
        Assert.All(pages.Take(pages.Count - 1), p => Assert.EndsWith("its records,", Body(p), StringComparison.Ordinal));
        Assert.EndsWith("A short one.", pages[^1], StringComparison.Ordinal);
        Assert.Equal(Words([sentence + " A short one."]), Words(pages));
    }

    [Fact]
    public void No_page_starts_with_the_last_sentence_of_a_paragraph_begun_on_the_page_before()
    {
        // Three sentences fill a page; filled greedily, the fourth ("A lawyer can explain…") would start the next one alone.
        var first = string.Join(' ', Enumerable.Range(1, 3).Select(i => $"Rule {i} is one of the rules a jail may follow when ICE sends a detainer for a person."));
        var text = first + " A lawyer can explain what they mean for you.\n\nThe next paragraph is about courthouse arrests and what the paper says about them.";
        Assert.False(SmsSegments.Fits(first + " A lawyer can explain what they mean for you.\n\n" + More));

        var pages = SmsPager.Paginate(text, [], Language.English);

        Assert.Equal(2, pages.Count);
        Assert.False(pages[1].StartsWith("A lawyer", StringComparison.Ordinal), pages[1]);
        Assert.StartsWith("Rule 3 ", pages[1], StringComparison.Ordinal);
        Assert.Equal(Words([text]), Words(pages));
    }

    [Fact]
    public void Folding_to_gsm7_keeps_spanish_pages_and_the_pagers_own_words_in_gsm7()
    {
        var text = string.Join(' ', Enumerable.Range(1, 8).Select(i => $"La cárcel recibió el pedido número {i} de ICE. [1]"));

        // é is GSM-7 and stays; á, í, ó, ú fold.
        var folded = SmsPager.Paginate(text, ["¿Qué es un detainer?"], Language.Spanish, foldToGsm7: true);
        var kept = SmsPager.Paginate(text, ["¿Qué es un detainer?"], Language.Spanish);

        Assert.All(folded, p => Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(p)));
        Assert.Contains("1) ¿Qué es un detainer?", folded[^1], StringComparison.Ordinal);
        Assert.Contains("Responda con un numero:", folded[^1], StringComparison.Ordinal);
        Assert.True(folded.Count < kept.Count, $"{folded.Count} folded pages, {kept.Count} kept");
    }
}
