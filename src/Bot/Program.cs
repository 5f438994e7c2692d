using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Hosting;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Channels.BotFramework;
using KnowYourRights.Bot.Channels.DirectLine;
using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Cli;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Bot.State;
using KnowYourRights.Bot.Web;
using KnowYourRights.Bot.Web.Admin;
using KnowYourRights.Bot.Web.Outreach;
using KnowYourRights.Bot.Web.Pages;
using KnowYourRights.Bot.Web.Security;
using KnowYourRights.Knowledge;

// One executable: `ask` and `index` verbs run the command line; anything else (or `serve`) runs the web server.
if (CommandLineApp.Handles(args))
{
    return await CommandLineApp.RunAsync(args);
}

// The content root is the app's own folder, not the working directory, so appsettings.json is
// always read (started from elsewhere, the app would otherwise run on built-in defaults); a
// published app's static web assets sit beside it too.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = CommandLineApp.WebArguments(args),
    ContentRootPath = AppContext.BaseDirectory,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
builder.AddWebSecurity();
builder.AddKnowledge(PublicLinks.PaperPageUrlOf);
builder.StartLoadingSentenceModel();
builder.AddPublicLinks();
builder.AddIdleMemoryTrim();
builder.AddInsights();
builder.AddRedis();
builder.AddBot();
builder.AddRateLimits();
builder.AddBotFramework();
builder.AddSms();
builder.AddVoice();
builder.AddDirectLine();
builder.AddAdminApi();
builder.AddApiDocument();
builder.AddApiJson();
builder.AddAdminPage();
builder.AddOutreach();
builder.AddWebChatPage();
builder.AddPages();

var app = builder.Build();
app.UseTrustedProxies();
app.UseWebSecurity();
app.UseBadRequestBodies();
app.UseRateLimits();
app.MapWebChatPage();
app.MapOutreachApi();
app.MapPages();
app.MapAskFeedback();
app.MapHealthApi();
app.MapAnswerApi();
app.MapAdminApi();
app.MapApiDocument();
app.MapMetricsApi();
app.MapAdminPage();
app.MapBotFrameworkApi();
app.MapSmsApi();
app.MapSmsShortLinks();
app.MapVoiceApi();
app.MapDirectLineApi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
