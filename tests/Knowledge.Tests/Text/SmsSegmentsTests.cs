using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public sealed class SmsSegmentsTests
{
    private static string A(int count) => new('a', count);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    public void Gsm7_is_160_alone_and_153_per_segment_when_split(int length, int segments)
    {
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(A(length)));
        Assert.Equal(segments, SmsSegments.Count(A(length)));
    }

    [Theory]
    [InlineData('[')]
    [InlineData(']')]
    [InlineData('{')]
    [InlineData('}')]
    [InlineData('\\')]
    [InlineData('~')]
    [InlineData('^')]
    [InlineData('|')]
    [InlineData('€')]
    public void Extension_characters_stay_gsm7_and_cost_two(char extended)
    {
        Assert.True(SmsSegments.IsGsm7Extension(extended));
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(A(10) + extended));
        Assert.Equal(1, SmsSegments.Count(A(158) + extended));  // 160 septets
        Assert.Equal(2, SmsSegments.Count(A(159) + extended));  // 161 septets
        Assert.Equal(1, SmsSegments.Count(new string(extended, 80)));
        Assert.Equal(2, SmsSegments.Count(new string(extended, 81)));
    }

    [Fact]
    public void An_escape_pair_never_straddles_two_segments()
    {
        // 306 septets would be two full segments, but "[" cannot start in the last septet of the first.
        var text = A(152) + "[" + A(152);
        Assert.Equal(3, SmsSegments.Count(text));
        Assert.Equal(2, SmsSegments.Count(A(151) + "[" + A(152)));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    public void One_character_outside_gsm7_makes_the_whole_message_ucs2(int length, int segments)
    {
        var text = "á" + A(length - 1);
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(text));
        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Fact]
    public void An_emoji_is_two_utf16_units_and_is_never_split()
    {
        const string emoji = "\U0001F600";
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf("ok " + emoji));
        Assert.Equal(1, SmsSegments.Count(A(68) + emoji));  // 70 units
        Assert.Equal(2, SmsSegments.Count(A(69) + emoji));  // 71 units
        Assert.Equal(3, SmsSegments.Count(A(66) + emoji + A(66)));  // the pair cannot start in unit 67
    }

    [Theory]
    [InlineData("¿Qué es un detainer?", SmsEncoding.Gsm7)]       // ¿ and é are in GSM-7
    [InlineData("Señor, ¡ayuda!", SmsEncoding.Gsm7)]             // ñ and ¡ too
    [InlineData("¿Dónde está la corte?", SmsEncoding.Ucs2)]       // ó and á are not
    [InlineData("Información de noviembre", SmsEncoding.Ucs2)]
    [InlineData("la cárcel", SmsEncoding.Ucs2)]
    [InlineData("aquí", SmsEncoding.Ucs2)]
    [InlineData("ningún", SmsEncoding.Ucs2)]
    [InlineData("It\u2019s a \u201Cdetainer\u201D", SmsEncoding.Ucs2)]  // curly quotes
    [InlineData("It's a \"detainer\" - 287(g) [1]", SmsEncoding.Gsm7)]
    public void Spanish_accents_and_typographic_characters_decide_the_encoding(string text, SmsEncoding encoding) =>
        Assert.Equal(encoding, SmsSegments.EncodingOf(text));

    [Fact]
    public void A_spanish_answer_of_140_characters_is_three_segments_where_english_would_be_one()
    {
        var spanish = "ICE es la agencia de Inmigración y Control de Aduanas. " + A(85);
        Assert.Equal(140, spanish.Length);
        Assert.Equal(3, SmsSegments.Count(spanish));
        Assert.Equal(1, SmsSegments.Count(spanish.Replace('ó', 'o')));
    }
}
