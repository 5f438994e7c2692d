using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>
/// Brings the source cache up to date for every manifest source with a URL, a few at a time,
/// and says per source what text to index. A source that fails keeps its last good cached
/// text; no single source can fail the refresh.
/// </summary>
internal sealed class SourceRefresher(SourceFetcher fetcher, SourceCache cache, SourceFetchOptions options)
{
    /// <summary>Results in manifest order. Offline: no network; every source is read from the cache.</summary>
    public async Task<IReadOnlyList<SourceFetchResult>> RefreshAsync(
        IEnumerable<Source> sources, bool offline, IProgress<SourceProgress>? progress, CancellationToken cancel)
    {
        var linked = sources.Where(s => !string.IsNullOrWhiteSpace(s.Url)).ToList();
        var results = new SourceFetchResult[linked.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, linked.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancel },
            async (i, token) =>
            {
                var source = linked[i];
                progress?.Report(new SourceProgress(source.Id, source.Title, linked.Count, null));
                results[i] = offline ? FromCache(source, SourceStatus.Cached, null) : await FetchAsync(source, token).ConfigureAwait(false);
                progress?.Report(new SourceProgress(source.Id, source.Title, linked.Count, results[i]));
            }).ConfigureAwait(false);
        return results;
    }

    private async Task<SourceFetchResult> FetchAsync(Source source, CancellationToken cancel)
    {
        var url = source.Url!;
        try
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                throw new SourceFetchException($"not a valid URL: {url}");
            }
            var cached = cache.ReadMeta(source.Id);
            var cachedText = cache.ReadText(source.Id);
            // Validators only count for the copy of this very URL that we still hold.
            var validators = cached is not null && cachedText is not null && cached.Url == url ? cached : null;
            var download = await fetcher.DownloadAsync(uri, validators, cancel).ConfigureAwait(false);
            var now = DateTimeOffset.UtcNow;
            if (download.NotModified && validators is not null)
            {
                cache.WriteMeta(source.Id, validators with { CheckedAt = now });
                return Result(source, SourceStatus.NotModified, null, validators.ContentType, cachedText, fromCache: true);
            }
            if (download.NotModified)
            {
                throw new SourceFetchException("HTTP 304 to an unconditional request");
            }
            var readable = TextExtractor.Readable(download.MediaType, download.Body)
                ?? throw new SourceFetchException($"wrong content type {download.MediaType ?? "(none)"}");
            var text = TextExtractor.Extract(readable, download.Body, download.Charset);
            if (text.Length == 0)
            {
                throw new SourceFetchException("no readable text");
            }
            cache.Write(
                source.Id,
                new CachedSource
                {
                    Url = url, ContentType = readable, ETag = download.ETag, LastModified = download.LastModified, FetchedAt = now,
                    CheckedAt = now, RawFile = TextExtractor.RawFileName(readable), Bytes = download.Body.LongLength, Characters = text.Length,
                },
                download.Body,
                text);
            return Result(source, SourceStatus.Fetched, null, readable, text, fromCache: false);
        }
        catch (SourceFetchException e)
        {
            return FromCache(source, SourceStatus.Failed, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache folder itself failed (disk full, permissions): report, keep going.
            return FromCache(source, SourceStatus.Failed, $"cache: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // A URL HttpClient will not send, or a body a parser chokes on: one bad source never stops the refresh.
            return FromCache(source, SourceStatus.Failed, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private SourceFetchResult FromCache(Source source, string status, string? reason)
    {
        var text = cache.ReadText(source.Id);
        if (text is null && status == SourceStatus.Cached)
        {
            return Result(source, SourceStatus.Failed, "offline, and never fetched", null, null, fromCache: false);
        }
        return Result(source, status, reason, cache.ReadMeta(source.Id)?.ContentType, text, fromCache: text is not null);
    }

    private static SourceFetchResult Result(Source source, string status, string? reason, string? contentType, string? text, bool fromCache) =>
        new()
        {
            SourceId = source.Id, Title = source.Title, Url = source.Url!, Status = status, Reason = reason, ContentType = contentType,
            Characters = text?.Length ?? 0, FromCache = fromCache, Text = text,
        };
}
