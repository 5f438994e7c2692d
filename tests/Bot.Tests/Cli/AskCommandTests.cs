using System.Text.Json;

namespace KnowYourRights.Bot.Tests.Cli;

/// <summary>The command-line contract that the evaluation and admins rely on, tested on the real executable.</summary>
[Trait("Category", "Slow")]
public sealed class AskCommandTests : IDisposable
{
    private static readonly string[] Fields =
    [
        "question", "answered", "answer", "citations", "asOf", "confidence", "passages", "notice", "language",
        "followUps", "didYouMean", "cardId", "quote", "readingGrade", "summary",
    ];

    private readonly string _scratch = Directory.CreateTempSubdirectory("kyr-cli-").FullName;

    private string Data => Path.Combine(_scratch, "data");

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Ask_json_links_the_paper_to_its_paragraph_on_the_configured_public_address()
    {
        // The shared test index is already built: this run only reads it.
        var environment = new Dictionary<string, string> { ["App__PublicBaseUrl"] = "https://rights.example.org/" };

        var (exit, output, error) = await BotExecutable.RunAsync(_scratch, null, environment, "ask", "What is an ICE detainer?", "--json", "--data", TestSupport.TestKnowledge.Shared.DataPath);

        Assert.True(exit == 0, error);
        var paper = JsonDocument.Parse(output).RootElement.GetProperty("citations").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "paper");
        Assert.Matches(@"^paper-\d{3}$", paper.GetProperty("passageId").GetString()!);
        Assert.Equal("https://rights.example.org/paper#" + paper.GetProperty("passageId").GetString(), paper.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Ask_jsonl_answers_every_line_in_order_from_any_working_directory()
    {
        var questions = "What is an ICE detainer?\nWhat's the capital of France?\n¿Qué es el programa 287(g)?\n";

        var (exit, output, error) = await BotExecutable.RunAsync(_scratch, questions, "ask", "--jsonl", "--data", Data);

        Assert.True(exit == 0, error);
        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, answers.Count);
        Assert.All(answers, a => Assert.All(Fields, f => Assert.True(a.TryGetProperty(f, out _), $"missing '{f}'")));
        Assert.Equal("What is an ICE detainer?", answers[0].GetProperty("question").GetString());
        Assert.True(answers[0].GetProperty("answered").GetBoolean());
        var citation = answers[0].GetProperty("citations")[0];
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("title").GetString()));
        Assert.True(citation.TryGetProperty("url", out _));
        Assert.InRange(answers[0].GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Contains("not legal advice", answers[0].GetProperty("notice").GetString());
        Assert.StartsWith("A detainer is a request from ICE to a jail.", answers[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.False(answers[1].GetProperty("answered").GetBoolean());
        Assert.Equal(0, answers[1].GetProperty("citations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, answers[1].GetProperty("summary").ValueKind);
        Assert.Equal("es", answers[2].GetProperty("language").GetString());
        Assert.True(File.Exists(Path.Combine(Data, "indexes", "CURRENT")), "the first run builds the index in --data");
    }

    [Fact]
    public async Task Ask_json_prints_one_object_and_plain_ask_prints_text_with_sources()
    {
        var (exit, json, _) = await BotExecutable.RunAsync(_scratch, null, "ask", "Can ICE arrest people at courthouses?", "--json", "--data", Data);
        Assert.Equal(0, exit);
        var answer = JsonDocument.Parse(json).RootElement;
        Assert.True(answer.GetProperty("answered").GetBoolean());

        var (_, text, _) = await BotExecutable.RunAsync(_scratch, null, "ask", "Can ICE arrest people at courthouses?", "--data", Data);
        Assert.Contains("Sources:", text);
        Assert.Contains("[1]", text);
        Assert.Contains("As of", text);
        Assert.Contains("not legal advice", text);
    }

    [Fact]
    public async Task Ask_without_a_question_is_a_usage_error()
    {
        var (exit, _, error) = await BotExecutable.RunAsync(_scratch, null, "ask", "--data", Data);

        Assert.Equal(2, exit);
        Assert.Contains("give a question", error);
    }

    [Fact]
    public async Task Index_build_reports_what_it_indexed_and_makes_it_live()
    {
        var (exit, output, error) = await BotExecutable.RunAsync(_scratch, null, "index", "build", "--data", Data);

        Assert.True(exit == 0, error + output);
        Assert.Contains("footnotes:       24", output);
        Assert.Contains("answer cards:", output);
        Assert.Contains("detainers", output);
        var version = File.ReadAllText(Path.Combine(Data, "indexes", "CURRENT")).Trim();
        Assert.Contains(version, output);
    }
}
