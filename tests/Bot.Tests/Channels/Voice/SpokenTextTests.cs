using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>Text made for listening: what the cards and replies write, said the way a person says it.</summary>
public sealed class SpokenTextTests
{
    [Theory]
    [InlineData("A 287(g) deal.", "A two eighty-seven g deal.")]
    [InlineData("Section 287 (g) of the law.", "Section two eighty-seven g of the law.")]
    [InlineData("the 287-g program", "the two eighty-seven g program.")]
    [InlineData("287g deals end. [1]", "two eighty-seven g deals end.")]
    [InlineData("Joining 287(g). [2]", "Joining two eighty-seven g.")]
    public void The_287g_program_is_said_as_people_say_it_in_english(string written, string said) =>
        Assert.Equal(said, SpokenText.ForEar(written, Language.English));

    [Theory]
    [InlineData("Un acuerdo 287(g) es un trato.", "Un acuerdo dos ochenta y siete g es un trato.")]
    [InlineData("¿Qué es el 287g?", "¿Qué es el dos ochenta y siete g?")]
    public void The_287g_program_is_said_as_people_say_it_in_spanish(string written, string said) =>
        Assert.Equal(said, SpokenText.ForEar(written, Language.Spanish));

    [Fact]
    public void Citation_markers_links_and_markdown_are_not_read_out()
    {
        var text = "**Detainers** are requests [1][2]. See https://www.aclu.org/x?y=1 or www.ilrc.org. [3]\n\n## Sources\n- ACLU: https://aclu.org";

        var spoken = SpokenText.ForEar(text, Language.English);

        Assert.Equal("Detainers are requests. See or. Sources. A C L U.", spoken);
    }

    [Theory]
    [InlineData("It is a U.S. law. [2]", "It is a U S law.")]
    [InlineData("It is part of the U.S. Constitution.", "It is part of the U S Constitution.")]
    [InlineData("Local democracy in the U.S. [2] In a democracy, people vote.", "Local democracy in the U S. In a democracy, people vote.")]
    [InlineData("Places, e.g. jails, and courts.", "Places, for example, jails, and courts.")]
    [InlineData("Jails, courts, etc. are places.", "Jails, courts, and so on are places.")]
    [InlineData("It ruled in City of Chicago v. Barr. [1]", "It ruled in City of Chicago versus Barr.")]
    [InlineData("DHS and the DOJ asked the FBI.", "D H S and the D O J asked the F B I.")]
    [InlineData("ICE and COVID stay words.", "ICE and COVID stay words.")]
    [InlineData("It is at 82 Fed. Reg. 8799.", "It is at 82 Federal Register 8799.")]
    [InlineData("See No. 19 in the list.", "See number 19 in the list.")]
    public void Abbreviations_are_expanded_the_way_a_person_says_them_in_english(string written, string said) =>
        Assert.Equal(said, SpokenText.ForEar(written, Language.English));

    [Theory]
    [InlineData("Es una ley de EE. UU. [2]", "Es una ley de Estados Unidos.")]
    [InlineData("Un ciudadano de EE. UU. Esa persona casi fue deportada.", "Un ciudadano de Estados Unidos. Esa persona casi fue deportada.")]
    [InlineData("El caso City of Chicago v. Barr. [1]", "El caso City of Chicago contra Barr.")]
    [InlineData("El DHS, la agencia a cargo de ICE.", "El D H S, la agencia a cargo de ICE.")]
    [InlineData("Cárceles, cortes, etc.", "Cárceles, cortes, etcétera.")]
    public void Abbreviations_are_expanded_the_way_a_person_says_them_in_spanish(string written, string said) =>
        Assert.Equal(said, SpokenText.ForEar(written, Language.Spanish));

    [Theory]
    [InlineData("en", "As of 2026-12-02 it changed.", "As of December 2, 2026 it changed.")]
    [InlineData("es", "Desde 2026-12-02 cambió.", "Desde 2 de diciembre de 2026 cambió.")]
    [InlineData("en", "In 2020-11 the paper was written.", "In November 2020 the paper was written.")]
    public void Iso_dates_are_said_as_dates(string language, string written, string said) =>
        Assert.Equal(said, SpokenText.ForEar(written, language));

    [Theory]
    [InlineData("en", "About 23% of counties & cities.", "About 23 percent of counties and cities.")]
    [InlineData("es", "Cerca del 23% de condados & ciudades.", "Cerca del 23 por ciento de condados y ciudades.")]
    [InlineData("en", "Under § 1357 of the law.", "Under section 1357 of the law.")]
    [InlineData("en", "Jails and/or courts.", "Jails and or courts.")]
    [InlineData("en", "It cost $5 million.", "It cost 5 million dollars.")]
    [InlineData("en", "From 2017–2019 it grew.", "From 2017 to 2019 it grew.")]
    [InlineData("en", "The agency — ICE — asked.", "The agency, ICE, asked.")]
    [InlineData("en", "They said “no” to it.", "They said no to it.")]
    [InlineData("en", "1,000 people were held.", "1,000 people were held.")]
    [InlineData("es", "¿Quiso decir…?", "¿Quiso decir?")]
    [InlineData("en", "Wait... what?", "Wait. what?")]
    [InlineData("en", "It grew… then fell.", "It grew, then fell.")]
    // An ellipsis said as a full stop once joined "www" and "287" into a link a phone engine would spell out.
    [InlineData("en", "see www…287 now", "see www, 287 now.")]
    public void Symbols_become_words_or_pauses(string language, string written, string said) =>
        Assert.Equal(said, SpokenText.ForEar(written, language));

    [Theory]
    [InlineData("en", "A detainer (ICE hold) asks a jail. [1]", "A detainer, ICE hold, asks a jail.")]
    [InlineData("en", "It is a deal with ICE (immigration agents). [1]", "It is a deal with ICE, immigration agents.")]
    [InlineData("es", "(Esta respuesta solo está en inglés.)\nA detainer asks a jail.", "Esta respuesta solo está en inglés. A detainer asks a jail.")]
    public void Brackets_become_a_clause_between_commas(string language, string written, string said) =>
        Assert.Equal(said, SpokenText.ForEar(written, language));

    [Fact]
    public void A_list_after_a_colon_is_said_as_sentences_after_it()
    {
        var spoken = SpokenText.ForEar("The paper asks the new President to:\n- End ICE detainers. [1]\n- End all 287(g) deals. [1]", Language.English);

        Assert.Equal("The paper asks the new President to: End ICE detainers. End all two eighty-seven g deals.", spoken);
    }

    [Fact]
    public void A_long_sentence_is_cut_where_a_clause_ends()
    {
        var text = "The paper says that many local police leaders in big cities across the country do not want to help ICE, and they say it hurts trust with the people they serve.";

        var spoken = SpokenText.ForEar(text, Language.English);

        Assert.Equal("The paper says that many local police leaders in big cities across the country do not want to help ICE. And they say it hurts trust with the people they serve.", spoken);
    }

    [Fact]
    public void A_long_question_is_left_whole()
    {
        var text = "¿Puede la policía local de mi condado mandar mis huellas digitales a ICE si me arrestan por algo pequeño, y luego entregarme a la migra?";

        Assert.Equal(text, SpokenText.ForEar(text, Language.Spanish));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("[1][2]")]
    [InlineData("https://example.org")]
    public void Nothing_to_say_is_empty(string? text) =>
        Assert.Equal(string.Empty, SpokenText.ForEar(text, Language.English));

    [Fact]
    public void Spanish_punctuation_and_letters_are_kept()
    {
        var spoken = SpokenText.ForEar("¡Cuidado! ¿Puede la policía preguntar por mi niño?", Language.Spanish);

        Assert.Equal("¡Cuidado! ¿Puede la policía preguntar por mi niño?", spoken);
        Speakable.Assert(spoken);
    }
}
