namespace KnowYourRights.Knowledge.Sources;

/// <summary>A download that retrying will not fix (404, wrong content type, oversized body, unreadable document).</summary>
internal sealed class SourceFetchException(string reason, Exception? inner = null) : Exception(reason, inner);
