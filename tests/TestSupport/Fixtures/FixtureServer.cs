using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowYourRights.TestSupport.Fixtures;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port, serving whatever each test maps:
/// the fetcher is tested over real sockets, with real status codes, headers, delays and bodies.
/// </summary>
public sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private FixtureServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Every request, in arrival order: path and its conditional headers.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince)> Requests { get; } = new();

    public static async Task<FixtureServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FixtureServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    public string Url(string path) => BaseUrl + path;

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>A 200 with the body; honours If-None-Match for <paramref name="etag"/> with a 304.</summary>
    public void MapContent(string path, string contentType, byte[] body, string? etag = null, DateTimeOffset? lastModified = null) =>
        Map(path, async context =>
        {
            if (etag is not null && context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            if (etag is not null)
            {
                context.Response.Headers.ETag = etag;
            }
            if (lastModified is not null)
            {
                context.Response.Headers.LastModified = lastModified.Value.ToString("R");
            }
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

    /// <summary>Answers with each status in turn, then with <paramref name="then"/> for every later request.</summary>
    public void MapSequence(string path, int[] statuses, Func<HttpContext, Task> then)
    {
        var calls = 0;
        Map(path, context =>
        {
            var call = Interlocked.Increment(ref calls) - 1;
            if (call < statuses.Length)
            {
                context.Response.StatusCode = statuses[call];
                return Task.CompletedTask;
            }
            return then(context);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue((path, context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.IfModifiedSince.FirstOrDefault()));
        if (_routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
