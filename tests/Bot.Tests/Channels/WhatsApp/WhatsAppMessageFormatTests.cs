using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// The WhatsApp layout: every answer card, in English and Spanish, as the first reply (notice and
/// numbered follow-ups included) is one message of at most 1,600 characters under its bold question;
/// a reply too long for one message is cut between paragraphs, with the rest on MORE.
/// </summary>
public sealed class WhatsAppMessageFormatTests(ITestOutputHelper output)
{
    private static readonly WhatsAppMessageFormat Format = new(TestKnowledge.Shared.Index);

    private static readonly SmsAnswerRenderer Renderer = new(SmsShortLinks.FromSeeds(TestKnowledge.SeedsPath, new Uri("https://kyr.example.org/")), Format);

    [Fact]
    public void Every_card_in_both_languages_is_one_whole_message_under_its_bold_question()
    {
        var longest = 0;
        foreach (var card in TestKnowledge.Shared.Index.Current.Cards.Cards)
        {
            foreach (var language in new[] { Language.English, Language.Spanish })
            {
                var answer = TestKnowledge.Shared.Answers.ForCard(card.Id, language)!;
                var pages = Pages(Renderer.Answer(answer, withNotice: true), language);

                var message = Assert.Single(pages);
                var question = language == Language.Spanish ? card.QuestionEs ?? card.Question : card.Question;
                Assert.StartsWith(WhatsAppMessageFormat.Bold(SmsPlainText.Plain(question)) + "\n\n", message, StringComparison.Ordinal);
                Assert.DoesNotContain(SmsPager.PageBreak, message, StringComparison.Ordinal);
                longest = Math.Max(longest, message.Length);
            }
        }
        output.WriteLine($"Longest first reply of a card on WhatsApp: {longest} characters.");
        Assert.InRange(longest, 1, WhatsAppMessageFormat.MaxLength);
    }

    [Fact]
    public void Bold_is_whatsapps_emphasis_without_inner_asterisks_or_edge_spaces()
    {
        Assert.Equal("*What is a detainer?*", WhatsAppMessageFormat.Bold(" What is a *detainer*? "));
    }

    [Fact]
    public void A_reply_longer_than_one_message_is_cut_between_paragraphs_with_the_rest_on_more()
    {
        var paragraphs = Enumerable.Range(1, 12).Select(i => $"Paragraph {i}. " + string.Join(' ', Enumerable.Repeat("word", 60))).ToList();
        var text = string.Join("\n\n", paragraphs);

        var pages = Format.Pages(text, ["What is an ICE detainer?", "What is 287(g)?"], Language.English);

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.InRange(p.Length, 1, WhatsAppMessageFormat.MaxLength));
        Assert.All(pages.SkipLast(1), p => Assert.EndsWith("\n\n" + SmsReplyTexts.MorePrompt(Language.English), p, StringComparison.Ordinal));
        // Every paragraph whole, on one page, in order; the choices last.
        var pageOf = paragraphs.Select(p => pages.ToList().FindIndex(page => page.Contains(p, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, pageOf);
        Assert.Equal(pageOf.Order(), pageOf);
        Assert.EndsWith("Reply with a number:\n1) What is an ICE detainer?\n2) What is 287(g)?", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_longer_than_a_message_or_a_word_longer_than_a_message_is_cut_to_fit()
    {
        var spaced = string.Join(' ', Enumerable.Repeat("abcdefghij", 400));
        var unbroken = new string('x', 2000) + "\U0001F600" + new string('y', 1500);

        foreach (var text in new[] { spaced, unbroken })
        {
            var pages = Format.Pages(text, [], Language.Spanish);

            Assert.True(pages.Count >= 2);
            Assert.All(pages, p => Assert.InRange(p.Length, 1, WhatsAppMessageFormat.MaxLength));
            Assert.All(pages, p => Assert.False(char.IsHighSurrogate(p.Replace("\n\n" + SmsReplyTexts.MorePrompt(Language.Spanish), string.Empty, StringComparison.Ordinal)[^1])));
            Assert.All(pages.SkipLast(1), p => Assert.EndsWith(SmsReplyTexts.MorePrompt(Language.Spanish), p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Keeps_bold_and_letters_and_drops_sms_page_breaks_and_control_characters()
    {
        var page = Assert.Single(Format.Pages("*¿Qué es?*\n\nUn pedido" + SmsPager.PageBreak + "de ICE.\u0007", [], Language.Spanish));

        Assert.Equal("*¿Qué es?*\n\nUn pedido\n\nde ICE.", page);
    }

    private static IReadOnlyList<string> Pages(IMessageActivity activity, string language)
    {
        var choices = activity.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];
        return Format.Pages(activity.Text, choices, language);
    }
}
