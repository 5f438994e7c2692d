using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// A stand-in for Twilio's REST API (<c>https://api.twilio.com</c>): a real Kestrel server on a
/// loopback port that takes "create a message" (<c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>)
/// as the Twilio library sends it, records who sent what to whom, and answers as Twilio does
/// (201 and the message resource, or Twilio's error when told to refuse). The app reaches it
/// through its Twilio HTTP handler, replaced by <see cref="Handler"/>, which redirects here: never the real service.
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeTwilioApi(WebApplication app) => _app = app;

    /// <summary>Every message the app asked Twilio to send, in order.</summary>
    public ConcurrentQueue<SentText> Sent { get; } = new();

    /// <summary>When set, the next messages are refused with Twilio's error 21211 (invalid 'To' number), which quotes the number.</summary>
    public bool Refuse { get; set; }

    public Uri BaseUrl => new(_app.Urls.First().TrimEnd('/') + "/");

    public static async Task<FakeTwilioApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var api = new FakeTwilioApi(builder.Build());
        api._app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", api.CreateMessageAsync);
        await api._app.StartAsync();
        return api;
    }

    /// <summary>The app's HTTP handler for Twilio: sends what was meant for api.twilio.com to this server.</summary>
    public HttpMessageHandler Handler() => new Redirect(BaseUrl) { InnerHandler = new SocketsHttpHandler() };

    private async Task<IResult> CreateMessageAsync(string accountSid, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var user = request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Basic ", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(auth["Basic ".Length..])).Split(':')[0]
            : string.Empty;
        if (Refuse)
        {
            return Results.Json(new { code = 21211, message = $"The 'To' number {form["To"]} is not a valid phone number.", more_info = "https://www.twilio.com/docs/errors/21211", status = 400 }, statusCode: 400);
        }
        var text = new SentText(accountSid, user, form["From"].ToString(), form["To"].ToString(), form["Body"].ToString());
        Sent.Enqueue(text);
        return Results.Json(
            new { sid = "SM" + Guid.NewGuid().ToString("n"), account_sid = accountSid, from = text.From, to = text.To, body = text.Body, status = "queued", num_segments = "1", direction = "outbound-api", api_version = "2010-04-01" },
            statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One message as Twilio received it: the account in the URL, the user of its basic authentication, and the message.</summary>
    public sealed record SentText(string AccountSid, string User, string From, string To, string Body);

    /// <summary>Rewrites https://api.twilio.com/… (or any Twilio host) to the fake's address, path and query kept.</summary>
    private sealed class Redirect(Uri baseUrl) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.EndsWith("twilio.com", request.RequestUri!.Host, StringComparison.Ordinal);
            request.RequestUri = new Uri(baseUrl, request.RequestUri.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
