namespace KnowYourRights.Knowledge.Sources;

/// <summary>A progress event of a refresh: a source started downloading (Result null) or finished.</summary>
public sealed record SourceProgress(string SourceId, string Title, int Total, SourceFetchResult? Result);
