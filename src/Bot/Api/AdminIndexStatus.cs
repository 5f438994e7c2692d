using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.Knowledge.Sources;

namespace KnowYourRights.Bot.Api;

/// <summary>The body of <c>GET /admin/index</c>.</summary>
/// <param name="Version">The version this process answers from.</param>
/// <param name="StoreVersion">The version CURRENT names (differs from <paramref name="Version"/> only for the moment before a switch).</param>
/// <param name="RollbackTarget">The version <c>index rollback</c> would return to.</param>
/// <param name="Sources">The live version's sources as its refresh left them (empty for a build from the seeds alone).</param>
public sealed record AdminIndexStatus(
    string Version,
    string? StoreVersion,
    DateTimeOffset? BuiltAt,
    int Documents,
    int SourcePassages,
    string? RollbackTarget,
    IReadOnlyList<AdminIndexVersion> Versions,
    DateTimeOffset? RefreshedAt,
    IReadOnlyList<SourceFetchResult> Sources,
    AdminRefreshState Refresh)
{
    /// <summary>ICE's 287(g) list the live version answers from, and what the last refresh did with it.</summary>
    public AdminAgreementList? Agreements { get; init; }
}

/// <summary>ICE's 287(g) list: its date and size, and the last refresh's outcome for it (fetched, kept and why, offline; null before any refresh).</summary>
public sealed record AdminAgreementList(string AsOf, int Participating, int Pending, string? PageUrl, AgreementListRefresh? LastRefresh);

public sealed record AdminIndexVersion(string Version, DateTimeOffset? BuiltAt, bool Live);

/// <summary>This process's refreshes: whether one runs, and how the last one ended.</summary>
public sealed record AdminRefreshState(bool Running, DateTimeOffset? LastStartedAt, bool? LastLive, string? LastVersion, string? LastProblem, string? LastError);
