using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>The call's fixed prompts, in English and Spanish: made for the ear, and naming the keys the call listens for.</summary>
public sealed class VoicePromptsTests
{
    public static TheoryData<string> Languages() => [Language.English, Language.Spanish];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_prompt_is_speakable_short_and_in_its_language(string language)
    {
        var topics = SpokenChoice.Numbered(TestKnowledge.Shared.Menu.Choices(language), language);
        string[] prompts =
        [
            VoicePrompts.Greeting(language), VoicePrompts.LanguageOffer(language), VoicePrompts.TopicMenu(language, topics),
            VoicePrompts.SayYourQuestion(language), VoicePrompts.AskAnotherQuestion(language), VoicePrompts.AfterAnswer(language, true, true),
            VoicePrompts.AsOf(language, "2020-11"), VoicePrompts.DidYouMean(language), VoicePrompts.NoneOfThese(language),
            VoicePrompts.LegalHelp(language, ["One Directory", "Two List"]), VoicePrompts.OfferLegalHelpLinks(language), VoicePrompts.LinksSent(language),
            VoicePrompts.TextingUnavailable(language), VoicePrompts.NothingMore(language), VoicePrompts.NotHeard(language), VoicePrompts.NotOnMenu(language),
            VoicePrompts.Goodbye(language), VoicePrompts.SomethingWentWrong(language), VoicePrompts.PassageLead(language, "2020-11"),
        ];

        Assert.All(prompts, p =>
        {
            Assert.NotEmpty(p);
            Speakable.Assert(p);
            Assert.Equal(p, SpokenText.ForEar(p, language));
        });
        // The language offer is said in the other language, to the caller who needs it.
        var other = VoiceLanguages.Other(language);
        Assert.Equal(other, Language.Detect(VoicePrompts.LanguageOffer(language)));
        foreach (var prompt in prompts.Where(p => p != VoicePrompts.LanguageOffer(language) && p.Split(' ').Length > 4))
        {
            Assert.Equal(language, Language.Detect(prompt));
        }
    }

    [Fact]
    public void The_greeting_says_general_information_not_legal_advice_and_nothing_recorded()
    {
        Assert.Contains("general legal information", VoicePrompts.Greeting(Language.English), StringComparison.Ordinal);
        Assert.Contains("not legal advice", VoicePrompts.Greeting(Language.English), StringComparison.Ordinal);
        Assert.Contains("not recorded", VoicePrompts.Greeting(Language.English), StringComparison.Ordinal);
        Assert.Contains("información legal general", VoicePrompts.Greeting(Language.Spanish), StringComparison.Ordinal);
        Assert.Contains("No es consejo legal", VoicePrompts.Greeting(Language.Spanish), StringComparison.Ordinal);
        Assert.Contains("no se graba", VoicePrompts.Greeting(Language.Spanish), StringComparison.Ordinal);
        Assert.Equal("Para español, oprima 9.", VoicePrompts.LanguageOffer(Language.English));
        Assert.Equal("For English, press 9.", VoicePrompts.LanguageOffer(Language.Spanish));
    }

    [Fact]
    public void The_topic_menu_numbers_the_menu_topics_by_key_and_invites_a_spoken_question()
    {
        var menu = TestKnowledge.Shared.Menu.Choices(Language.English);
        var topics = SpokenChoice.Numbered(menu, Language.English);

        var said = VoicePrompts.TopicMenu(Language.English, topics);

        Assert.StartsWith("Press 1 for: What is an ICE detainer?", said, StringComparison.Ordinal);
        Assert.Contains($"Press {menu.Count} for: ", said, StringComparison.Ordinal);
        Assert.Contains("two eighty-seven g", said, StringComparison.Ordinal);
        Assert.EndsWith("Or say your question.", said, StringComparison.Ordinal);
        Assert.True(menu.Count < int.Parse(VoiceKeys.OtherLanguage, System.Globalization.CultureInfo.InvariantCulture), "the menu's keys must not reach the language key");
        Assert.StartsWith("Oprima 1 para: ¿Qué es un detainer de ICE?", VoicePrompts.TopicMenu(Language.Spanish, SpokenChoice.Numbered(TestKnowledge.Shared.Menu.Choices(Language.Spanish), Language.Spanish)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, "Press 1 to hear more. Press 2 to get the links by text message. Press 3 for another question. Press 0 to hear the menu again.")]
    [InlineData(false, true, "Press 2 to get the links by text message. Press 3 for another question. Press 0 to hear the menu again.")]
    [InlineData(true, false, "Press 1 to hear more. Press 3 for another question. Press 0 to hear the menu again.")]
    [InlineData(false, false, "Press 3 for another question. Press 0 to hear the menu again.")]
    public void After_an_answer_only_the_available_keys_are_offered(bool more, bool links, string said) =>
        Assert.Equal(said, VoicePrompts.AfterAnswer(Language.English, more, links));

    [Fact]
    public void After_an_answer_in_spanish_the_keys_are_the_same()
    {
        Assert.Equal(
            "Para oír más, oprima 1. Para recibir los enlaces por mensaje de texto, oprima 2. Para otra pregunta, oprima 3. Para oír el menú otra vez, oprima 0.",
            VoicePrompts.AfterAnswer(Language.Spanish, true, true));
    }

    [Theory]
    [InlineData("en", "2020-11", "This is as of November 2020.")]
    [InlineData("es", "2020-11", "Esta información es de noviembre de 2020.")]
    [InlineData("en", "2026-12-02", "This is as of December 2, 2026.")]
    [InlineData("es", "2026-12-02", "Esta información es de 2 de diciembre de 2026.")]
    [InlineData("en", null, "")]
    public void The_as_of_date_is_said_as_words(string language, string? date, string said) =>
        Assert.Equal(said, VoicePrompts.AsOf(language, date));

    [Fact]
    public void The_legal_help_directories_are_named_as_a_list()
    {
        Assert.Equal("For free legal help, you can look in: A, or B.", VoicePrompts.LegalHelp(Language.English, ["A", "B"]));
        Assert.Equal("Para ayuda legal gratis, puede buscar en: A, B, o C.", VoicePrompts.LegalHelp(Language.Spanish, ["A", "B", "C"]));
        Assert.Equal(string.Empty, VoicePrompts.LegalHelp(Language.English, []));
    }
}
