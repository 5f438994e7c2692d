using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Channels.BotFramework;
using KnowYourRights.Bot.Channels.DirectLine;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.Web;
using KnowYourRights.Bot.Web.Admin;
using KnowYourRights.Bot.Web.Outreach;
using KnowYourRights.Knowledge;

// One executable: `ask` and `index` verbs run the command line; anything else (or `serve`) runs the web server.
if (CommandLineApp.Handles(args))
{
    return await CommandLineApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(CommandLineApp.WebArguments(args));
builder.AddKnowledge();
builder.AddInsights();
builder.AddBot();
builder.AddBotFramework();
builder.AddSms();
builder.AddDirectLine();
builder.AddAdminApi();
builder.AddAdminPage();
builder.AddOutreach();

var app = builder.Build();
app.MapWebChatPage();
app.MapOutreachApi();
app.MapHealthApi();
app.MapAnswerApi();
app.MapAdminApi();
app.MapMetricsApi();
app.MapAdminPage();
app.MapBotFrameworkApi();
app.MapSmsApi();
app.MapDirectLineApi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
