using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>
/// Downloads one source: a timeout per attempt, retries with exponential back-off (Polly) for
/// transient failures only, a size cap enforced while reading, and conditional requests
/// (If-None-Match / If-Modified-Since) when the cache holds a copy from the same URL.
/// </summary>
/// <remarks>
/// One long-lived <see cref="HttpClient"/> over a <see cref="SocketsHttpHandler"/> with a pooled
/// connection lifetime: the usual alternative to IHttpClientFactory when DNS changes must still
/// be seen, and it keeps the knowledge library free of the HTTP factory's DI plumbing.
/// </remarks>
public sealed class SourceFetcher : IDisposable
{
    private const string Accept = "text/html, application/xhtml+xml, application/pdf;q=0.9, text/plain;q=0.8";

    /// <summary>A longer Retry-After is not waited for; the normal back-off applies.</summary>
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly SourceFetchOptions _options;
    private readonly ResiliencePipeline<Download> _pipeline;

    public SourceFetcher(IOptions<SourceFetchOptions> options)
        : this(options.Value)
    {
    }

    public SourceFetcher(SourceFetchOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        _http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.Timeout,
        })
        {
            // The pipeline's per-attempt timeout governs; HttpClient's own would cut across retries.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _pipeline = BuildPipeline(options);
    }

    /// <summary>
    /// Downloads <paramref name="url"/>. Returns a 304 <see cref="Download"/> when the cached copy
    /// is current. Throws <see cref="SourceFetchException"/> with a short reason for anything else
    /// that is not a 2xx with a readable body.
    /// </summary>
    /// <param name="accepts">The media types taken besides the readable ones (HTML, PDF, text): ICE's spreadsheets for the 287(g) list.</param>
    public async Task<Download> DownloadAsync(Uri url, CachedSource? cached, CancellationToken cancel, Func<string, bool>? accepts = null)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new SourceFetchException($"not an http(s) URL: {url}");
        }
        var attempts = 0;
        try
        {
            var download = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await AttemptAsync(url, cached, accepts, token).ConfigureAwait(false);
                },
                cancel).ConfigureAwait(false);
            if (IsTransient(download.Status))
            {
                throw new SourceFetchException($"HTTP {download.Status} {ReasonOf(download.Status)} ({Tries(attempts)})");
            }
            return download;
        }
        catch (TimeoutRejectedException e)
        {
            throw new SourceFetchException($"timed out after {_options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s ({Tries(attempts)})", e);
        }
        catch (HttpRequestException e)
        {
            throw new SourceFetchException($"connection failed: {e.Message} ({Tries(attempts)})", e);
        }
        catch (IOException e)
        {
            throw new SourceFetchException($"connection broken while reading: {e.Message} ({Tries(attempts)})", e);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<Download> AttemptAsync(Uri url, CachedSource? cached, Func<string, bool>? accepts, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(Accept);
        if (cached is not null)
        {
            // Validators are sent back exactly as the server gave them.
            if (cached.ETag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
            }
            if (cached.LastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", cached.LastModified);
            }
        }
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
        if (status == 304 || IsTransient(status))
        {
            return new Download(status, contentType?.MediaType, contentType?.CharSet, etag, lastModified, [])
            {
                RetryAfter = response.Headers.RetryAfter switch
                {
                    { Delta: { } delta } => delta,
                    { Date: { } date } => date - DateTimeOffset.UtcNow,
                    _ => null,
                },
            };
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new SourceFetchException($"HTTP {status} {ReasonOf(status)}");
        }
        if (contentType?.MediaType is { } media && media is not ("application/octet-stream" or "binary/octet-stream")
            && TextExtractor.Readable(media, []) is null && accepts?.Invoke(media) != true)
        {
            // Refused before the body is read: an image or a zip is never a source's text.
            throw new SourceFetchException($"wrong content type {media}");
        }
        if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
        {
            throw new SourceFetchException($"too large: {length} bytes (limit {_options.MaxBytes})");
        }
        var body = await ReadCappedAsync(response.Content, cancel).ConfigureAwait(false);
        return new Download(status, contentType?.MediaType, contentType?.CharSet, etag, lastModified, body);
    }

    /// <summary>Reads the body but stops at the cap: Content-Length can be absent (chunked) or wrong.</summary>
    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new SourceFetchException($"too large: more than {_options.MaxBytes} bytes");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ResiliencePipeline<Download> BuildPipeline(SourceFetchOptions options)
    {
        var builder = new ResiliencePipelineBuilder<Download>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<Download>
            {
                // Only what a later attempt can fix; a 404 or a wrong content type is final.
                ShouldHandle = new PredicateBuilder<Download>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>()
                    .HandleResult(d => IsTransient(d.Status)),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A publisher that says when to come back is believed, within reason; otherwise back off.
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result?.RetryAfter is { } wait && wait <= MaxRetryAfter ? TimeSpan.FromTicks(Math.Max(0, wait.Ticks)) : null),
            });
        }
        // Inside the retry, so each attempt (headers and body) gets the full timeout.
        builder.AddTimeout(options.Timeout);
        return builder.Build();
    }

    private static bool IsTransient(int status) => status is >= 500 or 408 or 429;

    private static string ReasonOf(int status) =>
        Enum.IsDefined(typeof(HttpStatusCode), status) ? ((HttpStatusCode)status).ToString() : string.Empty;

    private static string Tries(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";
}
