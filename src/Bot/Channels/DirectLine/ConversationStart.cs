using KnowYourRights.Bot.Hosting;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// What <see cref="DirectLineConversationStore.GetOrStart"/> did: the conversation and whether it
/// is new, or no conversation when the store is full of active ones, with how long until one of
/// them may make room (the <c>Retry-After</c> of the 503).
/// </summary>
public sealed record ConversationStart(DirectLineConversation? Conversation, bool Started, TimeSpan RetryAfter);
