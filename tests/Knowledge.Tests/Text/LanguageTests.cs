// Language is moving from Answers to Text; with both namespaces imported this file compiles before and after.
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public class LanguageTests
{
    [Theory]
    [InlineData("my tía keeps saying ICE can come into the house, is that true?")]
    [InlineData("can la migra go inside my house")]
    [InlineData("I don't have papeles, can ICE arrest me at court?")]
    [InlineData("my mijo got arrested, will they call la migra")]
    [InlineData("Hi, I'm José Ríos. What is a detainer?")]
    [InlineData("Hi, I'm […] Ríos and my son is in jail")]
    [InlineData("why do cops in my county work with la migra")]
    [InlineData("is a sanctuary city safe from la migra")]
    [InlineData("the policía stopped my abuela, what are her rights")]
    [InlineData("can the sheriff hold someone after they pay the fianza")]
    [InlineData("What was the Priority Enforcement Program (PEP)?")]
    [InlineData("Does the DMV share my info with ICE?")]
    [InlineData("my son was arrested, can he get a lawyer?")]
    [InlineData("me and my son have no papers, is that a problem")]
    public void English_with_a_few_Spanish_words_stays_English(string text)
    {
        Assert.Equal(Language.English, Language.Detect(text));
    }

    [Theory]
    [InlineData("mi esposo esta en la carcel del condado y nos dijeron que ICE le puso un hold")]
    [InlineData("que era el PEP que puso Obama?")]
    [InlineData("y eso es legal?")]
    [InlineData("en mi estado pasaron una ley anti santuario")]
    [InlineData("¿y eso?")]
    [InlineData("¿Qué es un detainer de ICE?")]
    [InlineData("¡ayuda! la migra esta afuera")]
    [InlineData("la policia me puede pedir papeles?")]
    [InlineData("Soy ciudadano, me pueden poner un detainer")]
    [InlineData("como puedo saber si mi condado trabaja con ICE")]
    [InlineData("hola necesito ayuda con un hold de inmigracion")]
    [InlineData("cuanto tiempo me pueden tener en la carcel por un detainer")]
    [InlineData("policía migración")]
    public void Spanish_is_Spanish_with_or_without_accents(string text)
    {
        Assert.Equal(Language.Spanish, Language.Detect(text));
    }

    [Theory]
    [InlineData("detainer?")]
    [InlineData("ICE hold?")]
    [InlineData("287g")]
    [InlineData("PEP")]
    [InlineData("")]
    [InlineData("🙏")]
    public void Messages_without_any_language_signal_default_to_English(string text)
    {
        Assert.Equal(Language.English, Language.Detect(text));
    }

    [Fact]
    public void One_accent_does_not_flip_an_English_sentence()
    {
        Assert.Equal(Language.English, Language.Detect("my tia said ICE is at the school"));
        Assert.Equal(Language.English, Language.Detect("my tía said ICE is at the school"));
        Assert.Equal(Language.English, Language.Detect("Ramón said the jail keeps people for ICE"));
    }

    [Fact]
    public void Accents_break_a_tie()
    {
        Assert.Equal(Language.English, Language.Detect("la policia and ICE"));
        Assert.Equal(Language.Spanish, Language.Detect("la policía and ICE"));
    }

    [Fact]
    public void Every_cards_question_is_read_as_english_and_its_spanish_question_as_spanish()
    {
        var cards = SeedFiles.Seeds.Cards.Cards;
        Assert.True(cards.Count > 40);

        Assert.All(cards, c => Assert.Equal(Language.English, Language.Detect(c.Question)));
        Assert.All(cards.Where(c => c.QuestionEs is not null), c => Assert.Equal(Language.Spanish, Language.Detect(c.QuestionEs!)));
        Assert.Equal(Language.Spanish, Language.Detect("la migra redadas trump"));
    }
}
