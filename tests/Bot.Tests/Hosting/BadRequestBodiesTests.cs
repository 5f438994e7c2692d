using System.Net;
using System.Net.Sockets;
using System.Text;
using KnowYourRights.Bot.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.Hosting;

/// <summary>
/// A mis-framed chunked body sent over a real socket to the app on Kestrel (127.0.0.1): 400, and
/// the log holds one warning line with no stack trace (it used to log an unhandled error with
/// the source paths).
/// </summary>
public sealed class BadRequestBodiesTests : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly TestAppFactory _factory;
    private readonly Uri _baseUrl;

    public BadRequestBodiesTests()
    {
        // The log as configured (appsettings: Microsoft.AspNetCore from Warning). Kestrel's own Debug diagnostics, off there, keep their exception.
        _factory = new TestAppFactory { Logs = _logs, UseRealClock = true };
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _baseUrl = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    [Theory]
    [InlineData("/api/answer", "application/json", "ZZZ\r\n{\"q\":\"hi\"}\r\n0\r\n\r\n")]
    [InlineData("/api/answer", "application/json", "9\r\n{\"q\":\"hi\"}XX\r\n0\r\n\r\n")]
    [InlineData("/api/messages", "application/json", "ZZZ\r\n{}\r\n0\r\n\r\n")]
    public async Task A_mis_framed_chunked_body_is_400_and_one_warning_line(string path, string contentType, string chunks)
    {
        var status = await SendRawAsync(
            $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunks}");

        Assert.Equal(400, status);
        var entries = await WaitForWarningAsync();
        var warning = Assert.Single(entries, e => e.Contains("Request body refused (400)", StringComparison.Ordinal));
        Assert.StartsWith("Warning ", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", warning.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("   at ", StringComparison.Ordinal) || e.Contains(".cs:line", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> WaitForWarningAsync()
    {
        for (var i = 0; i < 50 && !_logs.Entries.Any(e => e.Contains("Request body refused", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100);
        }
        // Whatever Kestrel logs after the response (draining the rest of the body) is in by now too.
        await Task.Delay(200);
        return _logs.Entries;
    }

    /// <summary>Writes the request as bytes (HttpClient cannot mis-frame a body) and reads the status code of the response.</summary>
    private async Task<int> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_baseUrl.Host, _baseUrl.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? string.Empty;
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _factory.Dispose();
}
