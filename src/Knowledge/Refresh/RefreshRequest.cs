namespace KnowYourRights.Knowledge.Refresh;

/// <summary>What an admin asked a refresh to do.</summary>
/// <param name="SourcesFile">A manifest (sources.json format) to use instead of the seeds' one, or null.</param>
/// <param name="Offline">Use only cached source text; no network.</param>
/// <param name="Strict">Refuse to go live if any source failed.</param>
/// <param name="ValidationFile">Validation questions (JSON lines) instead of the seeds' <c>validation.jsonl</c>, or null.</param>
public sealed record RefreshRequest(string? SourcesFile = null, bool Offline = false, bool Strict = false, string? ValidationFile = null);
