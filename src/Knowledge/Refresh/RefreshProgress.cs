using KnowYourRights.Knowledge.Sources;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>A step of a refresh (see <see cref="RefreshPhase"/>), with the source event while fetching.</summary>
public sealed record RefreshProgress(string Phase, SourceProgress? Source = null);

/// <summary>The steps of a refresh, in order.</summary>
public static class RefreshPhase
{
    public const string Fetching = "fetching sources";
    public const string Building = "building the index";
    public const string Validating = "validating";
    public const string Promoting = "going live";
}
