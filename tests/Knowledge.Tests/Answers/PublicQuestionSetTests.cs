using System.Text.Json;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Tests.Answers;

/// <summary>
/// Plain language holds for every answer, not only cards: across the public question sets
/// (<c>shared/eval/dev.jsonl</c> and <c>dev2.jsonl</c> beside the repository, as CI lays it out;
/// named, so that a set added there later is scored with <c>score.py</c> first), no English answer body
/// reads above grade 8, and every out-of-scope question is declined. The sets' pass rate is
/// measured with <c>score.py</c>, not here: a test must not be tuned to questions.
/// </summary>
[Collection(KnowledgeCollection.Name)]
// Every card (or question set) through the whole answer path: in the full run, not the fast loop (CONTRIBUTING.md).
[Trait("Category", "Slow")]
public class PublicQuestionSetTests(KnowledgeFixture knowledge)
{
    private const double MaxAnswerGrade = 8;

    [Fact]
    public void No_answer_reads_above_grade_8_and_every_out_of_scope_question_is_declined()
    {
        var sets = QuestionSets();
        if (sets.Count == 0)
        {
            // A clone without the shared folder beside it (a newcomer's machine) has no sets; CI always has them.
            Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
            return;
        }
        var tooHard = new List<string>();
        var answeredOutOfScope = new List<string>();
        foreach (var item in sets.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement))
        {
            var question = item.GetProperty("q").GetString()!;
            var history = item.TryGetProperty("history", out var h) ? h.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var answer = knowledge.Answers.AskInConversation(question, history);
            if (answer.Answered && answer.Language == Language.English && ReadingGrade.FleschKincaid(ReadingGrade.PlainText(answer.Text)) > MaxAnswerGrade)
            {
                tooHard.Add($"{item.GetProperty("id").GetString()}: grade {answer.ReadingGrade}");
            }
            if (item.GetProperty("kind").GetString() == "decline" && answer.Answered)
            {
                answeredOutOfScope.Add($"{item.GetProperty("id").GetString()}: {answer.CardId ?? answer.Kind}");
            }
        }
        Assert.Empty(tooHard);
        Assert.Empty(answeredOutOfScope);
    }

    /// <summary>The public sets in the nearest <c>shared/eval</c> folder above the test binaries.</summary>
    private static List<string> QuestionSets()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var eval = Path.Combine(folder.FullName, "shared", "eval");
            if (Directory.Exists(eval))
            {
                return new[] { "dev.jsonl", "dev2.jsonl" }.Select(f => Path.Combine(eval, f)).Where(File.Exists).ToList();
            }
        }
        return [];
    }
}
