namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>A recognized keyword, the choice number for <see cref="SmsKeyword.Choice"/>, and the language it was said in (null: not telling).</summary>
public readonly record struct SmsKeywordMatch(SmsKeyword Keyword, int Choice = 0, string? Language = null);
