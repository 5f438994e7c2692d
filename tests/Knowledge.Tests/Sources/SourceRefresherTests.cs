using System.Text;
using KnowYourRights.Knowledge.Sources;
using KnowYourRights.Knowledge.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using KnowYourRights.TestSupport.Fixtures;

namespace KnowYourRights.Knowledge.Tests.Sources;

/// <summary>Fetching, extracting and caching sources from a real HTTP server on 127.0.0.1.</summary>
public sealed class SourceRefresherTests : IAsyncLifetime, IDisposable
{
    private readonly TestData _data = new();
    private readonly SourceFetchOptions _options = TestData.FastFetch();
    private FixtureServer _server = null!;
    private SourceFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _fetcher = new SourceFetcher(_options);
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Fetches_a_page_and_caches_raw_and_text()
    {
        _server.MapContent("/page", "text/html; charset=utf-8", FixtureDocuments.Html, etag: "\"v1\"");

        var result = await RefreshOne("/page");

        Assert.Equal(SourceStatus.Fetched, result.Status);
        Assert.Null(result.Reason);
        Assert.Contains("Quillmoor County sheriff ended", result.Text);
        var cache = new SourceCache(_data.DataPath);
        Assert.Equal(result.Text, cache.ReadText("fixture"));
        Assert.True(File.Exists(Path.Combine(cache.PathOf("fixture"), "raw.html")));
        Assert.Equal("\"v1\"", cache.ReadMeta("fixture")!.ETag);
        Assert.Equal(result.Text!.Length, result.Characters);
    }

    [Fact]
    public async Task Fetches_a_pdf()
    {
        _server.MapContent("/report.pdf", "application/pdf", FixtureDocuments.Pdf());

        var result = await RefreshOne("/report.pdf");

        Assert.Equal(SourceStatus.Fetched, result.Status);
        Assert.Equal(TextExtractor.Pdf, result.ContentType);
        Assert.Contains("Marrowdale judges require a judicial warrant before ICE", result.Text);
        Assert.True(File.Exists(Path.Combine(new SourceCache(_data.DataPath).PathOf("fixture"), "raw.pdf")));
    }

    [Fact]
    public async Task A_second_refresh_asks_conditionally_and_keeps_the_text_on_304()
    {
        var lastModified = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        _server.MapContent("/page", "text/html", FixtureDocuments.Html, etag: "\"v1\"", lastModified: lastModified);
        var first = await RefreshOne("/page");

        var second = await RefreshOne("/page");

        Assert.Equal(SourceStatus.NotModified, second.Status);
        Assert.True(second.FromCache);
        Assert.Equal(first.Text, second.Text);
        var (_, ifNoneMatch, ifModifiedSince) = _server.Requests.Last();
        Assert.Equal("\"v1\"", ifNoneMatch);
        Assert.Equal(lastModified.ToString("R"), ifModifiedSince);
    }

    [Fact]
    public async Task A_404_fails_without_retrying()
    {
        var result = await RefreshOne("/missing");

        Assert.Equal(SourceStatus.Failed, result.Status);
        Assert.Contains("404", result.Reason);
        Assert.Null(result.Text);
        Assert.Equal(1, _server.Count("/missing"));
    }

    [Fact]
    public async Task A_500_is_retried_until_it_succeeds()
    {
        _server.MapSequence("/flaky", [500, 503], async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><main><p>Recovered after two failures.</p></main></body></html>");
        });

        var result = await RefreshOne("/flaky");

        Assert.Equal(SourceStatus.Fetched, result.Status);
        Assert.Equal("Recovered after two failures.", result.Text);
        Assert.Equal(3, _server.Count("/flaky"));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried()
    {
        _server.MapSequence("/busy", [], async context =>
        {
            if (_server.Count("/busy") == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "0";
                return;
            }
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("Served on the second try.");
        });

        var result = await RefreshOne("/busy");

        Assert.Equal(SourceStatus.Fetched, result.Status);
        Assert.Equal(2, _server.Count("/busy"));
    }

    [Fact]
    public async Task A_500_that_persists_fails_after_the_retries()
    {
        _server.Map("/down", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        var result = await RefreshOne("/down");

        Assert.Equal(SourceStatus.Failed, result.Status);
        Assert.Contains("HTTP 500", result.Reason);
        Assert.Equal(1 + _options.MaxRetries, _server.Count("/down"));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_fails_with_a_timeout()
    {
        _server.Map("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        // The server never answers, so any timeout shows it: a shorter one than the other tests' keeps the three tries short.
        var options = TestData.FastFetch();
        options.Timeout = TimeSpan.FromMilliseconds(300);
        using var fetcher = new SourceFetcher(options);

        var result = (await new SourceRefresher(fetcher, new SourceCache(_data.DataPath), options)
            .RefreshAsync([TestData.Fixture("fixture", _server.Url("/slow"))], offline: false, null, default)).Single();

        Assert.Equal(SourceStatus.Failed, result.Status);
        Assert.Contains("timed out", result.Reason);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_by_its_length()
    {
        _server.MapContent("/huge", "text/html", new byte[_options.MaxBytes + 1]);

        var result = await RefreshOne("/huge");

        Assert.Equal(SourceStatus.Failed, result.Status);
        Assert.Contains("too large", result.Reason);
        Assert.Equal(1, _server.Count("/huge"));
    }

    [Fact]
    public async Task An_oversized_body_without_a_length_is_cut_off_while_reading()
    {
        _server.Map("/chunked", async context =>
        {
            context.Response.ContentType = "text/plain";
            var chunk = Encoding.ASCII.GetBytes(new string('a', 8192));
            for (var sent = 0L; sent <= _options.MaxBytes + chunk.Length; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });

        var result = await RefreshOne("/chunked");

        Assert.Equal(SourceStatus.Failed, result.Status);
        Assert.Contains("too large", result.Reason);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/file.pdf")]
    [InlineData("not a url")]
    public async Task A_url_that_cannot_be_fetched_is_reported(string url)
    {
        var result = (await Refresher().RefreshAsync([TestData.Fixture("odd", url)], offline: false, null, default)).Single();

        Assert.Equal(SourceStatus.Failed, result.Status);
        Assert.NotNull(result.Reason);
    }

    [Fact]
    public async Task A_wrong_content_type_is_refused()
    {
        _server.MapContent("/image", "image/png", [0x89, 0x50, 0x4E, 0x47]);

        var result = await RefreshOne("/image");

        Assert.Equal(SourceStatus.Failed, result.Status);
        Assert.Contains("wrong content type image/png", result.Reason);
    }

    [Fact]
    public async Task A_source_that_fails_keeps_its_last_good_text()
    {
        _server.MapContent("/page", "text/html", FixtureDocuments.Html);
        var good = await RefreshOne("/page");
        _server.Map("/page", context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });

        var failed = await RefreshOne("/page");

        Assert.Equal(SourceStatus.Failed, failed.Status);
        Assert.True(failed.FromCache);
        Assert.Equal(good.Text, failed.Text);
        Assert.Equal(good.Text, new SourceCache(_data.DataPath).ReadText("fixture"));
    }

    [Fact]
    public async Task Offline_reads_the_cache_and_asks_no_server()
    {
        _server.MapContent("/page", "text/html", FixtureDocuments.Html);
        var online = await RefreshOne("/page");
        var requests = _server.Requests.Count;

        var offline = await RefreshOne("/page", offline: true);
        var never = (await Refresher().RefreshAsync([TestData.Fixture("never", _server.Url("/x"))], offline: true, null, default))[0];

        Assert.Equal(SourceStatus.Cached, offline.Status);
        Assert.Equal(online.Text, offline.Text);
        Assert.Equal(SourceStatus.Failed, never.Status);
        Assert.Equal(requests, _server.Requests.Count);
    }

    [Fact]
    public async Task Many_sources_are_fetched_in_manifest_order_with_progress()
    {
        _server.MapContent("/page", "text/html", FixtureDocuments.Html);
        _server.MapContent("/report.pdf", "application/pdf", FixtureDocuments.Pdf());
        var sources = Enumerable.Range(0, 6)
            .Select(i => TestData.Fixture($"s{i}", _server.Url(i % 3 == 0 ? "/page" : i % 3 == 1 ? "/report.pdf" : "/missing")))
            .Append(TestData.Fixture("no-url", null!) with { Url = null })
            .ToList();
        var events = new System.Collections.Concurrent.ConcurrentBag<SourceProgress>();

        var results = await Refresher().RefreshAsync(sources, offline: false, new SyncProgress(events.Add), default);

        Assert.Equal(["s0", "s1", "s2", "s3", "s4", "s5"], results.Select(r => r.SourceId));
        Assert.Equal([SourceStatus.Fetched, SourceStatus.Fetched, SourceStatus.Failed], results.Take(3).Select(r => r.Status));
        Assert.Equal(12, events.Count);
        Assert.Equal(6, events.Count(e => e.Result is not null));
    }

    [Fact]
    public async Task No_more_than_the_configured_number_of_downloads_run_at_once()
    {
        var inFlight = 0;
        var most = 0;
        _server.Map("/held", async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            try
            {
                // Long enough for every download that is allowed to start to overlap with this one.
                await Task.Delay(150, context.RequestAborted);
            }
            finally
            {
                // Also when the client gave up: an abandoned request must not count as one in flight forever.
                Interlocked.Decrement(ref inFlight);
            }
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("held text");
        });
        var sources = Enumerable.Range(0, _options.MaxConcurrency * 3).Select(i => TestData.Fixture($"h{i}", _server.Url("/held"))).ToList();
        // A try that times out is retried while the server may still hold it, and both would count:
        // on a loaded machine 150 ms can outlast the class's 700 ms, so this test's tries may take longer.
        var options = TestData.FastFetch();
        options.Timeout = TimeSpan.FromSeconds(30);
        using var fetcher = new SourceFetcher(options);

        var results = await new SourceRefresher(fetcher, new SourceCache(_data.DataPath), options).RefreshAsync(sources, offline: false, null, default);

        Assert.All(results, r => Assert.Equal(SourceStatus.Fetched, r.Status));
        Assert.InRange(most, 1, _options.MaxConcurrency);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private SourceRefresher Refresher() => new(_fetcher, new SourceCache(_data.DataPath), _options);

    private async Task<SourceFetchResult> RefreshOne(string path, bool offline = false) =>
        (await Refresher().RefreshAsync([TestData.Fixture("fixture", _server.Url(path))], offline, null, default)).Single();

    private sealed class SyncProgress(Action<SourceProgress> report) : IProgress<SourceProgress>
    {
        public void Report(SourceProgress value) => report(value);
    }
}
