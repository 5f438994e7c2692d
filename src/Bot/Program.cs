using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Cli;
using KnowYourRights.Knowledge;

// One executable: `ask` and `index` verbs run the command line; anything else (or `serve`) runs the web server.
if (CommandLineApp.Handles(args))
{
    return await CommandLineApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(CommandLineApp.WebArguments(args));
builder.AddKnowledge();

var app = builder.Build();
app.MapHealthApi();
app.MapAnswerApi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
