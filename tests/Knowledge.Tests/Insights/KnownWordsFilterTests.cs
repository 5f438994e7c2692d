using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Insights;

/// <summary>
/// The second line of defence over the real index: names and numbers the scrubber would miss
/// are not written; the words of ordinary questions, in English and Spanish, are.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class KnownWordsFilterTests(KnowledgeFixture knowledge)
{
    private const string P = PersonalDetails.Placeholder;

    private readonly KnownWordsFilter _filter = new(knowledge.Index);

    [Theory]
    // Forms no pattern of the scrubber knows: the filter alone keeps them out.
    [InlineData("Zorvath Quilleran asked me: can the sheriff hold him for ICE?", "Zorvath", "can the sheriff hold him for ICE?")]
    [InlineData("we stay with tio brondalvo, can ICE come in?", "brondalvo", "can ICE come in?")]
    [InlineData("ICE came to 12 Brackenthorpe Mews last night", "Brackenthorpe", "ICE came to")]
    [InlineData("my plate is XKV4471, can police share it with ICE?", "XKV4471", "can police share it with ICE?")]
    [InlineData("mi esposo Trevanion está en la cárcel, ¿le pueden poner un detainer?", "Trevanion", "¿le pueden poner un detainer?")]
    public void A_word_no_list_knows_is_not_written(string question, string detail, string kept)
    {
        var written = _filter.Filter(question);

        Assert.DoesNotContain(detail, written, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(P, written, StringComparison.Ordinal);
        Assert.Contains(kept, written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is an ICE detainer?")]
    [InlineData("Can ICE arrest people at courthouses?")]
    [InlineData("Does the sheriff in my county have a 287(g) agreement?")]
    [InlineData("Hi, can the police ask about my immigration status when they stop my car?")]
    [InlineData("¿Qué es un detainer de ICE?")]
    [InlineData("¿La policía puede pedir mis papeles?")]
    [InlineData("Can ICE see driver's license records from the DMV?")]
    public void The_words_of_ordinary_questions_are_written_as_asked(string question)
    {
        Assert.Equal(question, _filter.Filter(question));
    }

    [Theory]
    // Words the cards never use, kept by the Spanish common-word list.
    [InlineData("¿me pueden quitar el pasaporte si voy a la corte mañana?")]
    [InlineData("mi hermano trabajaba en una fábrica y lo detuvieron cuando salía del trabajo")]
    [InlineData("Tengo miedo de manejar sin licencia, ¿pueden deportarme si la policía me para?")]
    [InlineData("¿el juez puede pedir mis huellas o llamar a migración antes de la audiencia?")]
    public void Spanish_questions_stay_readable(string question)
    {
        Assert.Equal(question, _filter.Filter(question));
    }

    [Theory]
    [InlineData("mi vecina Guadalupe Quiñónez-Barrientos fue detenida ayer", "Guadalupe", "fue detenida ayer")]
    [InlineData("vivimos en calle Ocotlán 4471 y la policía vino", "4471", "y la policía vino")]
    [InlineData("mi número es ocho tres dos cinco cinco cinco uno", "cinco", "mi número es")]
    // A name typed in lower case: neither list knows it.
    [InlineData("pregunta de parte de yaretzi quiñónez: ¿pueden arrestarme en la corte?", "quiñónez", "¿pueden arrestarme en la corte?")]
    public void Spanish_names_and_numbers_still_go(string question, string detail, string kept)
    {
        var written = _filter.Filter(question);

        Assert.DoesNotContain(detail, written, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(kept, written, StringComparison.Ordinal);
    }

    [Fact]
    public void What_it_costs_a_place_the_knowledge_does_not_name_is_not_written()
    {
        Assert.Equal($"Does the sheriff in {P} County have a 287(g) agreement?", _filter.Filter("Does the sheriff in Harris County have a 287(g) agreement?"));
    }

    [Fact]
    public void Capitalized_unknown_words_go_even_when_a_common_word_list_knows_them_in_lower_case()
    {
        // "Desmond" and "Gustavo" may be whole words of the sentence model's list; capitalized, only the knowledge counts.
        var written = _filter.Filter("Desmond and Gustavo were taken by ICE");

        Assert.Equal($"{P} and {P} were taken by ICE", written);
    }

    [Theory]
    [InlineData("What is an ICE detainer?", false)]
    [InlineData("[…] here", false)]
    [InlineData("[…] […] […]", true)]
    [InlineData("[…] asked […]", true)]
    [InlineData("[…] [ ] is […]", true)]
    [InlineData("", false)]
    public void Mostly_redacted_is_more_placeholders_than_words(string written, bool expected)
    {
        Assert.Equal(expected, KnownWordsFilter.IsMostlyRedacted(written.Replace("[…]", P, StringComparison.Ordinal)));
    }
}
