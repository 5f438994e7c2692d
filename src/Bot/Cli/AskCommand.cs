using Microsoft.Extensions.Options;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Bot.Cli;

/// <summary><c>ask "QUESTION" [--json]</c> and <c>ask --jsonl</c> (one question per input line, one JSON object per output line).</summary>
internal static class AskCommand
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(Option<string?> data)
    {
        var question = new Argument<string?>("question") { Description = "The question to answer.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read questions from standard input, one per line; write one JSON object per line." };
        var command = new Command("ask", "Answer a question from the knowledge index.") { question, json, jsonl };
        command.SetAction(async (parse, cancel) =>
        {
            var text = parse.GetValue(question);
            if (!parse.GetValue(jsonl) && string.IsNullOrWhiteSpace(text))
            {
                await Console.Error.WriteLineAsync("ask: give a question, or --jsonl to read questions from standard input.");
                return 2;
            }
            try
            {
                using var host = CommandLineApp.BuildHost(parse.GetValue(data));
                var answers = CommandLineApp.Answers(host);
                if (parse.GetValue(jsonl))
                {
                    return await AnswerLinesAsync(answers, Console.In, Console.Out, cancel);
                }
                var answer = answers.Ask(text);
                await Console.Out.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(answer, Json) : PlainTextAnswer.Render(answer));
                return answer.Kind == AnswerKinds.Error ? 2 : 0;
            }
            catch (Exception e) when (e is KnowledgeIndexException or IndexBusyException or OptionsValidationException or IOException)
            {
                await Console.Error.WriteLineAsync("ask: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>
    /// Batch mode for evaluation: every input line gets exactly one output line, in order. A line
    /// is a question, or a JSON object <c>{"q": "...", "history": ["earlier message", ...]}</c>:
    /// a follow-up asked after earlier messages of the same conversation (oldest first).
    /// </summary>
    internal static async Task<int> AnswerLinesAsync(AnswerService answers, TextReader input, TextWriter output, CancellationToken cancel)
    {
        while (await input.ReadLineAsync(cancel) is { } line)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(AnswerLine(answers, line), Json));
        }
        await output.FlushAsync(cancel);
        return 0;
    }

    /// <summary>The answer to one batch line: a question, or a follow-up written as <c>{"q", "history"}</c>.</summary>
    internal static Answer AnswerLine(AnswerService answers, string line) =>
        BatchLine.TryParse(line) is { } turn ? answers.AskInConversation(turn.Q, turn.History ?? []) : answers.Ask(line);
}
