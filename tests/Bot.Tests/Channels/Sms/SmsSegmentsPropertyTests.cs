using CsCheck;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>The segment counter and the pager against generated text: the carriers' arithmetic, and pages that always fit.</summary>
public sealed class SmsSegmentsPropertyTests
{
    private const string Gsm7Basic = "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static readonly Gen<string> Gsm7Text = Gen.Char[Gsm7Basic].Array[1, 1000].Select(c => new string(c));

    /// <summary>Basic-plane text with at least one character outside GSM-7 (no surrogates, so each character is one unit).</summary>
    private static readonly Gen<string> Ucs2Text = Gen.Select(Gsm7Text, Gen.OneOf('á', 'í', 'ó', 'ú', '“', 'ç'), Gen.Int, (text, accent, at) =>
        text.Insert((int)((uint)at % (uint)(text.Length + 1)), accent.ToString()));

    /// <summary>Anything: GSM-7, extension characters, accents, emoji.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gsm7Text, Ucs2Text, Gen.String[0, 600],
        Gen.OneOf("a", "€", "{", "~", "á", "\U0001F600", " ", "ñ", "[1]").Array[0, 400].Select(string.Concat));

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf("ICE", "detainer", "[1]", "{x}", "€5", "cárcel", "niño", "¿qué?", "\U0001F600", "287(g)", "a|b", "~", "jail.", "court?"),
        Gen.Char['a', 'z'].Array[1, 40].Select(c => new string(c)));

    private static readonly Gen<string> Paragraphs = Word.Array[1, 80].Select(w => string.Join(' ', w)).Array[1, 4].Select(p => string.Join("\n\n", p));

    private static readonly Gen<string> LanguageCode = Gen.OneOf(Language.English, Language.Spanish);

    [Fact]
    public void Gsm7_text_costs_one_segment_to_160_then_one_per_153()
    {
        Gsm7Text.Sample(text =>
        {
            Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(text));
            Assert.Equal(text.Length <= 160 ? 1 : (text.Length + 152) / 153, SmsSegments.Count(text));
        });
    }

    [Fact]
    public void One_character_outside_gsm7_makes_it_ucs2_one_segment_to_70_then_one_per_67()
    {
        Ucs2Text.Sample(text =>
        {
            Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(text));
            Assert.Equal(text.Length <= 70 ? 1 : (text.Length + 66) / 67, SmsSegments.Count(text));
        });
    }

    [Fact]
    public void Adding_text_never_costs_fewer_segments()
    {
        Gen.Select(AnyText, AnyText).Sample((a, b) => SmsSegments.Count(a) <= SmsSegments.Count(a + b));
    }

    [Fact]
    public void Fits_means_at_most_that_many_segments()
    {
        Gen.Select(AnyText, Gen.Int[1, 10]).Sample((text, segments) => SmsSegments.Fits(text, segments) == (SmsSegments.Count(text) <= segments));
    }

    [Fact]
    public void Every_page_fits_two_segments_and_all_but_the_last_ask_for_more()
    {
        Gen.Select(Paragraphs, Gen.String[1, 60].Array[0, 8], LanguageCode).Sample((text, choices, language) =>
        {
            var pages = SmsPager.Paginate(text, choices, language);

            Assert.NotEmpty(pages);
            Assert.All(pages, p => Assert.True(SmsSegments.Fits(p), $"{SmsSegments.Count(p)} segments: {p}"));
            Assert.All(pages.Take(pages.Count - 1), p => Assert.EndsWith(SmsReplyTexts.MorePrompt(language), p, StringComparison.Ordinal));
            Assert.DoesNotContain(SmsReplyTexts.MorePrompt(language), pages[^1], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Paging_keeps_every_word_in_order()
    {
        Gen.Select(Paragraphs, LanguageCode).Sample((text, language) =>
        {
            var prompt = SmsReplyTexts.MorePrompt(language);
            var pages = SmsPager.Paginate(text, [], language);

            var read = pages.SelectMany(p => Words(p.EndsWith(prompt, StringComparison.Ordinal) ? p[..^prompt.Length] : p));
            Assert.Equal(Words(text), read);
        });
    }

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
