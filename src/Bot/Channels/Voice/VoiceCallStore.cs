using KnowYourRights.Bot.Channels.Twilio;
using System.Text.Json;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Where the phone line keeps a call's <see cref="VoiceCallState"/>: the SMS channel's
/// <see cref="SmsSenderStore"/> (the same store, time to live and size limit as SMS), under a key
/// made from the call's id (<c>CallSid</c>) with the SMS sender keys' keyed hash, so a stored
/// state names neither the call nor the caller, and a call never meets the caller's SMS
/// conversation. The one file that knows how that store is used, so that a change to it (a shared
/// store, another API) is made here only.
/// </summary>
public sealed class VoiceCallStore(SmsSenderStore store, SmsSenderKeys keys)
{
    /// <summary>Voice keys start with this, apart from the SMS senders' own.</summary>
    private const string KeyPrefix = "voice-";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public VoiceCallState? Get(string callSid)
    {
        // The store holds a sender's pages, choices and language; a call's whole state rides in its one page.
        var stored = store.Get(Key(callSid));
        return stored is { Pages: [var json] } ? JsonSerializer.Deserialize<VoiceCallState>(json, Json) : null;
    }

    public void Set(string callSid, VoiceCallState state) =>
        store.Set(Key(callSid), new SmsSenderState([JsonSerializer.Serialize(state, Json)], [], state.Language));

    /// <summary>Forgets the call at once (it has ended).</summary>
    public void Forget(string callSid) => store.Forget(Key(callSid));

    private string Key(string callSid) => KeyPrefix + keys.For("call:" + callSid);
}
