using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Cli.Evaluation;

/// <summary><c>eval</c> in-process on the shared test index, with small made-up sets.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kyr-eval-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string Set(string name, string lines)
    {
        var path = Path.Combine(_scratch, name);
        File.WriteAllText(path, lines);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> EvalAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(["eval", .. args, "--data", TestKnowledge.Shared.DataPath], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Each_set_gets_its_score_and_error_kinds_and_min_pass_sets_the_exit_code()
    {
        var good = Set("good.jsonl", """
            {"id":"g1","q":"What is an ICE detainer?","lang":"en","kind":"answer","terms":["detainer","jail|hold"],"min_terms":2}
            {"id":"g2","q":"What's the capital of France?","lang":"en","kind":"decline"}
            """);
        var poor = Set("poor.jsonl", """
            {"id":"p1","q":"What is an ICE detainer?","lang":"en","kind":"answer","terms":["zebra"],"min_terms":1}
            """);

        var (exit, output, error) = await EvalAsync(good, poor, "--min-pass", "1");

        Assert.True(exit == 1, error);
        Assert.Contains(good + "\nerrors: in-scope answered wrong or partly 0/1 (0%), in-scope not answered 0/1 (0%), out-of-scope answered 0/1 (0%)\nscore: 2/2 passed (100%)", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("FAIL p1: What is an ICE detainer?: answer holds 0/1 expected terms (zebra)", output, StringComparison.Ordinal);
        Assert.Contains("score: 0/1 passed (0%)", output, StringComparison.Ordinal);
        Assert.Equal(0, (await EvalAsync(good, "--min-pass", "1")).Exit);
    }

    [Fact]
    public async Task A_missing_or_malformed_set_is_named_and_nothing_is_answered()
    {
        var broken = Set("broken.jsonl", "{\"id\":\"b1\",\"q\":\"x\",\"kind\":\"answer\"}\n{oops\n");

        var missing = await EvalAsync(Path.Combine(_scratch, "none.jsonl"));
        var malformed = await EvalAsync(broken);

        Assert.Equal(2, missing.Exit);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, malformed.Exit);
        Assert.Contains("line 2", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, malformed.Output);
    }
}
