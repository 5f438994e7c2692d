using System.Text.Json;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Text;

public class UrgentSituationTests
{
    [Theory]
    [MemberData(nameof(UrgentMessages.Urgent), MemberType = typeof(UrgentMessages))]
    public void Enforcement_happening_now_is_urgent(string message) =>
        Assert.True(UrgentSituation.IsHappeningNow(message), message);

    [Theory]
    [MemberData(nameof(UrgentMessages.LookAlikes), MemberType = typeof(UrgentMessages))]
    public void A_question_about_the_subject_is_not(string message) =>
        Assert.False(UrgentSituation.IsHappeningNow(message), message);

    [Fact]
    public void Both_sets_are_large_enough_to_mean_something()
    {
        Assert.True(UrgentMessages.Urgent.Count >= 30);
        Assert.True(UrgentMessages.LookAlikes.Count >= 30);
    }

    [Fact]
    public void No_question_the_written_question_sets_expect_answered_is_urgent()
    {
        // The probe sets were written from the paper by someone else: every question they expect
        // answered asks about the subject, however scared its words (the ones they expect declined
        // include "ICE IS AT MY DOOR RIGHT NOW WHAT DO I DO", which an urgent reply passes: it is not answered from the sources).
        var root = Path.GetDirectoryName(KnowYourRights.TestSupport.Architecture.SourceTree.SourceFolder())!;
        var questions = Directory.GetFiles(Path.Combine(root, "eval"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(q => q.GetProperty("kind").GetString() == "answer")
            .Select(q => q.GetProperty("q").GetString()!)
            .ToList();
        Assert.True(questions.Count >= 100);
        Assert.Equal([], questions.Where(UrgentSituation.IsHappeningNow).ToList());
    }
}
