using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Tests.Text;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Tests.Answers;

[Collection(KnowledgeCollection.Name)]
public sealed class UrgentAnswerTests(KnowledgeFixture fixture)
{
    private static readonly UrgentOptions Hotline = new() { HotlineName = "Valley Rapid Response", HotlinePhone = "+15550100123", Message = "Stay calm. Do not open the door." };

    private AnswerService WithHotline(UrgentOptions urgent) =>
        new(fixture.Index, Options.Create(new AnswerOptions()), ArcticXsEmbedder.Shared, urgent: Options.Create(urgent));

    [Theory]
    [MemberData(nameof(UrgentMessages.Urgent), MemberType = typeof(UrgentMessages))]
    public void An_urgent_message_leads_with_the_configured_hotline_then_the_legal_help_directories(string message)
    {
        var answer = WithHotline(Hotline).Ask(message);

        Assert.Equal(AnswerKinds.Urgent, answer.Kind);
        Assert.Equal(new UrgentHotline("Valley Rapid Response", "+15550100123", null), answer.Hotline);
        var lines = answer.Text.Split('\n');
        Assert.Equal(ReplyTexts.UrgentCall(answer.Language, "Valley Rapid Response", "+15550100123"), lines[0]);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(lines[0]));
        Assert.Equal(1, SmsSegments.Count(lines[0]));
        Assert.Contains(ReplyTexts.LegalHelpLead(answer.Language), lines);
        Assert.Contains(lines, l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("http", StringComparison.Ordinal));
        Assert.Null(answer.CardId);
    }

    [Theory]
    [MemberData(nameof(UrgentMessages.LookAlikes), MemberType = typeof(UrgentMessages))]
    public void A_look_alike_is_answered_as_any_question(string message)
    {
        var answer = WithHotline(Hotline).Ask(message);

        Assert.NotEqual(AnswerKinds.Urgent, answer.Kind);
        Assert.DoesNotContain("+15550100123", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Hotline);
    }

    [Theory]
    [InlineData("ICE agents are knocking on my door right now what do I do", "en")]
    [InlineData("están arrestando a mi esposo afuera de la casa", "es")]
    public void Without_a_hotline_it_says_to_call_a_local_one_and_shows_no_number(string message, string language)
    {
        var answer = fixture.Answers.Ask(message);

        Assert.Equal(AnswerKinds.Urgent, answer.Kind);
        Assert.Equal(language, answer.Language);
        Assert.Null(answer.Hotline);
        Assert.StartsWith(ReplyTexts.UrgentNoHotline(language), answer.Text, StringComparison.Ordinal);
        // No phone number of any kind: only the directories' addresses.
        Assert.DoesNotMatch(@"\+?\d[\d\s().-]{6,}\d", answer.Text);
    }

    [Fact]
    public void The_organisations_own_words_follow_the_hotline_in_the_readers_language()
    {
        var urgent = new UrgentOptions { HotlinePhone = "+15550100123", Message = "English words.", MessageEs = "Palabras en español." };

        var english = WithHotline(urgent).Ask("ICE is at my door!");
        var spanish = WithHotline(urgent).Ask("la migra está en mi casa ayuda");

        Assert.Equal(ReplyTexts.UrgentCall("en", UrgentOptions.DefaultName, "+15550100123") + "\nEnglish words.", string.Join('\n', english.Text.Split('\n').Take(2)));
        Assert.Equal(ReplyTexts.UrgentCall("es", UrgentOptions.DefaultName, "+15550100123") + "\nPalabras en español.", string.Join('\n', spanish.Text.Split('\n').Take(2)));
    }
}
