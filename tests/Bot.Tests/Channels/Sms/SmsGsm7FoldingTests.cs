using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

/// <summary>Folding to GSM-7 as Twilio's Smart Encoding does: á, í, ó, ú go to their plain letters; what GSM 03.38 has stays.</summary>
public sealed class SmsGsm7FoldingTests
{
    [Fact]
    public void Letters_gsm7_lacks_fold_and_letters_it_has_stay()
    {
        var folded = SmsGsm7Folding.Fold("¿Qué pasa si ICE pone una detención? ¡Sí! Año, niño, pingüino, ÁÍÓÚ, ÉÑÜ, àèìòù, ç, ê.");

        Assert.Equal("¿Qué pasa si ICE pone una detencion? ¡Si! Año, niño, pingüino, AIOU, ÉÑÜ, àèìòù, c, e.", folded);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(folded));
    }

    [Fact]
    public void Every_letter_with_a_gsm7_plain_form_folds_to_gsm7_and_no_gsm7_character_changes()
    {
        const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüñçýÿÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇÝ";
        Assert.All(Accented, c => Assert.True(SmsSegments.IsGsm7(SmsGsm7Folding.Fold(c.ToString())[0]), c.ToString()));
        var gsm7 = new string(Enumerable.Range(0, 0x2100).Select(i => (char)i).Where(SmsSegments.IsGsm7).ToArray());
        Assert.Equal(gsm7, SmsGsm7Folding.Fold(gsm7));
    }

    [Fact]
    public void What_cannot_fold_is_left_and_the_message_is_then_ucs2()
    {
        var text = "Hola \U0001F600 — ñ 中";

        Assert.Equal("Hola \U0001F600 — ñ 中", SmsGsm7Folding.Fold(text));
    }

    [Fact]
    public void A_folded_spanish_text_costs_gsm7_segments_of_153_not_ucs2_segments_of_67()
    {
        var text = string.Concat(Enumerable.Repeat("La policía también comparte información. ", 7)).Trim();
        Assert.Equal(286, text.Length);

        Assert.Equal(5, SmsSegments.Count(text));
        Assert.Equal(2, SmsSegments.Count(SmsGsm7Folding.Fold(text)));
    }
}
