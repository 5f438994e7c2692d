namespace KnowYourRights.Bot.Channels.DirectLine;

public enum TokenStatus
{
    Missing,
    Invalid,
    Expired,
    Valid,
}

/// <summary>The outcome of checking a token; <see cref="Token"/> is set only when <see cref="Status"/> is Valid.</summary>
public sealed record TokenCheck(TokenStatus Status, DirectLineToken? Token);
