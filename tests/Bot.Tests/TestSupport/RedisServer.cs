using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KnowYourRights.Bot.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// A real Redis for a test: Debian's <c>/usr/bin/redis-server</c> (package redis-server; <c>.ci/run</c>
/// installs it) on 127.0.0.1 and a free port, with nothing saved to disk, in a scratch folder.
/// It can be killed (kill -9, as a crash) and started again on the same port; it is killed at the end.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Executable = "/usr/bin/redis-server";

    private readonly string _folder = Directory.CreateTempSubdirectory("kyr-redis-").FullName;
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The app's <c>Redis:ConnectionString</c> for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install Debian's redis-server package (apt-get install redis-server; .ci/run does).");
        }
        var server = new RedisServer(FreePort());
        await server.RunAsync();
        return server;
    }

    /// <summary>A client of this server, as the app makes it: it never throws on connect, and reconnects by itself.</summary>
    public ConnectionMultiplexer Connect()
    {
        var options = ConfigurationOptions.Parse(ConnectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 2000;
        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>The app's Redis options for this server (each test its own key prefix, so tests sharing a server never meet).</summary>
    public IOptions<RedisOptions> Options(string keyPrefix) => Microsoft.Extensions.Options.Options.Create(new RedisOptions
    {
        ConnectionString = ConnectionString,
        KeyPrefix = keyPrefix,
        KeySecret = KeySecret,
    });

    /// <summary>The <c>Redis:KeySecret</c> every instance of a test shares.</summary>
    public const string KeySecret = "test-redis-key-secret-0123456789abcdef";

    /// <summary>kill -9: Redis ends where it stands, everything in it lost.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts it again, empty, on the same port.</summary>
    public Task RestartAsync() => RunAsync();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder; the OS cleans it.
        }
    }

    private async Task RunAsync()
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", _folder, "--daemonize", "no",
            // As docs/operations.md advises: bounded, and only keys with a time to live may be evicted.
            "--maxmemory", "64mb", "--maxmemory-policy", "volatile-lru",
        })
        {
            start.ArgumentList.Add(arg);
        }
        _process?.Dispose();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port} (exit: {(_process.HasExited ? _process.ExitCode : "still running")}).");
            }
            await Task.Delay(50);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"));
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
