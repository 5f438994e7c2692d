using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Channels.Twilio;

/// <summary>A Twilio webhook request as <see cref="TwilioWebhook"/> read it: its verified fields, or the refusal to answer with.</summary>
public sealed record TwilioWebhookForm(IReadOnlyDictionary<string, string>? Fields, ProblemHttpResult? Refusal);
