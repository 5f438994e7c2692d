using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>The real answers as the phone says them: card summary first, did-you-mean as keys, a decline with the legal-help directories by name.</summary>
public sealed class SpokenAnswerRendererTests
{
    private static readonly SpokenAnswerRenderer Renderer = new(TestKnowledge.Shared.Index);

    private static IReadOnlyList<string> Directories => [.. TestKnowledge.Shared.Index.Current.Manifest.LegalHelp.Select(s => s.Title)];

    [Fact]
    public void A_card_opens_with_its_summary_and_says_its_as_of_date_once()
    {
        var answer = TestKnowledge.Shared.Answers.Ask("What is a 287(g) agreement?");

        var spoken = Renderer.Render(answer);

        Assert.Equal("287g", answer.CardId);
        Assert.StartsWith("A two eighty-seven g deal with ICE lets local police or sheriffs take part in federal immigration work.", spoken.Opening, StringComparison.Ordinal);
        Assert.EndsWith("This is as of November 2020.", spoken.Opening, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(spoken.Opening + " " + spoken.More, "as of"));
        Assert.Contains("Section two eighty-seven g of a U S immigration law.", spoken.More, StringComparison.Ordinal);
        Assert.False(spoken.Declined);
        Assert.Empty(spoken.LegalHelp);
    }

    [Fact]
    public void A_spanish_card_is_said_in_spanish_with_its_date_in_spanish()
    {
        var answer = TestKnowledge.Shared.Answers.ForCard("287g", Language.Spanish)!;

        var spoken = Renderer.Render(answer);

        Assert.Equal(Language.Spanish, spoken.Language);
        Assert.Equal("Con un acuerdo dos ochenta y siete g, la policía local hace control migratorio. Esta información es de noviembre de 2020.", spoken.Opening);
        Assert.Contains("de una ley de inmigración de Estados Unidos.", spoken.More, StringComparison.Ordinal);
    }

    [Fact]
    public void A_did_you_mean_becomes_numbered_choices_that_ask_the_cards()
    {
        var answer = TestKnowledge.Shared.Answers.Ask(TestKnowledge.Shared.DidYouMeanQuestion);
        Assert.NotNull(answer);

        var spoken = Renderer.Render(answer);

        Assert.Equal(VoicePrompts.DidYouMean(Language.English), spoken.Opening);
        Assert.Null(spoken.More);
        Assert.Equal(Enumerable.Range(1, answer.DidYouMean.Count), spoken.Choices.Select(c => c.Digit));
        Assert.Equal(answer.DidYouMean.Select(c => c.Question), spoken.Choices.Select(c => c.Question));
        Assert.Equal(answer.DidYouMean.Select(c => c.Id), spoken.Choices.Select(c => c.CardId));
        Assert.All(spoken.Choices, c => Speakable.Assert(c.Label));
        var said = VoicePrompts.Choices(Language.English, spoken.Choices);
        Assert.StartsWith("Press 1 for: ", said, StringComparison.Ordinal);
        Assert.Contains(" Press 2 for: ", said, StringComparison.Ordinal);
    }

    [Fact]
    public void More_choices_than_keys_are_cut_to_the_keys_there_are()
    {
        var cards = TestKnowledge.Shared.Index.Current.Cards.Cards.Take(12).Select(c => AnswerChoice.For(c, Language.English)).ToList();
        var answer = Reply(AnswerKinds.DidYouMean, ReplyTexts.DidYouMean(Language.English)) with { DidYouMean = cards };

        var spoken = Renderer.Render(answer);

        Assert.Equal(Enumerable.Range(1, VoiceKeys.MaxChoices), spoken.Choices.Select(c => c.Digit));
    }

    [Theory]
    [InlineData("what does it cost to get my dad out of ICE detention on a bond, and who do we pay?", "en")]
    [InlineData("¿Cuánto cuesta la fianza para sacar a mi papá de la detención de ICE y a quién le pagamos?", "es")]
    public void A_decline_names_the_legal_help_directories_and_reads_no_link(string question, string language)
    {
        var answer = TestKnowledge.Shared.Answers.Ask(question);
        Assert.Equal(AnswerKinds.Decline, answer.Kind);
        Assert.Equal(language, answer.Language);

        var spoken = Renderer.Render(answer);

        Assert.True(spoken.Declined);
        Assert.Equal(Directories, spoken.LegalHelp);
        Assert.NotEmpty(spoken.LegalHelp);
        Assert.All(spoken.LegalHelp, name => Assert.Contains(name, spoken.Opening, StringComparison.Ordinal));
        Assert.Contains(VoicePrompts.LegalHelp(language, spoken.LegalHelp), spoken.Opening, StringComparison.Ordinal);
        Assert.StartsWith(SpokenText.ForEar(ReplyTexts.Decline(language), language), spoken.Opening, StringComparison.Ordinal);
        Speakable.Assert(spoken.Opening);
        Assert.Null(spoken.More);
        Assert.Empty(spoken.MoreParts);
        Assert.Empty(spoken.Choices);
    }

    [Theory]
    [InlineData("How do I renew my passport?", "en", "For the first one, write down this web address: immigration advocates dot org, slash, legal directory.")]
    [InlineData("¿Cómo renuevo mi pasaporte?", "es", "Para el primero, anote esta dirección web: immigration advocates punto org, barra, legal directory.")]
    public void A_decline_reads_one_directorys_web_address_slowly(string question, string language, string address)
    {
        var answer = TestKnowledge.Shared.Answers.Ask(question);
        Assert.Equal(AnswerKinds.Decline, answer.Kind);

        var spoken = Renderer.Render(answer);

        // After the directories' names, one address a caller can write down: words, "dot", "slash", a pause at each comma.
        Assert.EndsWith(address, spoken.Opening, StringComparison.Ordinal);
        Assert.Equal(1, spoken.Opening.Split(language == Language.Spanish ? "dirección web" : "web address").Length - 1);
        Speakable.Assert(spoken.Opening);
    }

    [Theory]
    [InlineData("https://www.immigrationadvocates.org/legaldirectory/", "en", "immigration advocates dot org, slash, legal directory", "National Immigration Legal Services Directory", "Immigration Advocates Network")]
    [InlineData("https://www.ilrc.org/", "en", "I, L, R, C dot org", "Immigrant Legal Resource Center")]
    [InlineData("https://www.justice.gov/eoir/list-pro-bono-legal-service-providers", "es", "justice punto gov, barra, E, O, I, R, barra, list guion pro guion bono guion legal guion service guion providers", "List of Pro Bono Legal Service Providers")]
    public void A_web_address_is_said_in_words_with_short_parts_spelled(string url, string language, string expected, params string[] names)
    {
        var said = SpokenAddress.Say(url, language, names);

        Assert.Equal(expected, said);
        Speakable.Assert(said!);
    }

    [Fact]
    public void A_decline_with_a_reason_says_the_reason_first()
    {
        var answer = Reply(AnswerKinds.Decline, ReplyTexts.AfterSources(Language.English, 2025, "2020-11") + "\n" + ReplyTexts.Decline(Language.English) + "\n" +
            ReplyTexts.LegalHelpLead(Language.English) + "\n- National Immigration Legal Services Directory: https://www.immigrationadvocates.org/legaldirectory/");

        var spoken = Renderer.Render(answer);

        Assert.StartsWith("My sources are from 2020. They do not say what happened in 2025. Sorry, my sources don't answer that", spoken.Opening, StringComparison.Ordinal);
        Assert.DoesNotContain("immigrationadvocates", spoken.Opening, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_passages_open_with_a_lead_for_the_ear_and_keep_the_rest_for_more()
    {
        var quote = string.Join(' ', Enumerable.Repeat("ICE uses local jails to find people it wants to deport, and this harms trust in police [3].", 20));
        var answer = Reply(AnswerKinds.Extractive, ReplyTexts.PassageLead(Language.English, "2020-11") + " [1][2]") with
        {
            Answered = true, AsOf = "2020-11", Quote = new AnswerQuote(quote, "paper"),
        };

        var spoken = Renderer.Render(answer);

        Assert.StartsWith(VoicePrompts.PassageLead(Language.English, "2020-11") + " ICE uses local jails", spoken.Opening, StringComparison.Ordinal);
        Assert.DoesNotContain("below", spoken.Opening, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(spoken.More);
        Assert.True(Words(spoken.Opening + " " + spoken.More) <= SpokenAnswerRenderer.MaxAnswerWords);
        Assert.Equal(SpokenAnswerRenderer.MaxMoreParts, spoken.MoreParts.Count);
        Assert.All(spoken.MoreParts, p => Assert.True(Words(p) <= SpokenAnswerRenderer.MaxAnswerWords));
        Speakable.Assert(spoken.Opening);
        Speakable.Assert(spoken.More);
    }

    [Fact]
    public void Quoted_passages_in_a_spanish_call_are_not_read_in_english()
    {
        var answer = Reply(AnswerKinds.Extractive, ReplyTexts.PassageLead(Language.Spanish, "2020-11") + " [1]", Language.Spanish) with
        {
            Answered = true, AsOf = "2020-11", Quote = new AnswerQuote("ICE uses local jails to find people.", "paper"),
        };

        var spoken = Renderer.Render(answer);

        Assert.Equal(VoicePrompts.PassageLead(Language.Spanish, "2020-11"), spoken.Opening);
        Assert.Null(spoken.More);
    }

    [Fact]
    public void A_welcome_or_error_is_said_in_its_first_sentences()
    {
        var spoken = Renderer.Render(Reply(AnswerKinds.Welcome, ReplyTexts.Welcome(Language.English)));

        Assert.StartsWith("Hi. I answer questions about ICE and local police. Detainers, ICE holds, arrests at courthouses, two eighty-seven g,", spoken.Opening, StringComparison.Ordinal);
        Speakable.Assert(spoken.Opening);
        Assert.False(spoken.Declined);
    }

    private static Answer Reply(string kind, string text, string language = Language.English) => new()
    {
        Question = "q", Answered = false, Kind = kind, Text = text, Notice = ReplyTexts.Notice(language), Language = language,
    };

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
