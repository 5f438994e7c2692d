using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// One activity of a conversation's feed: its sequence number (the watermark) and its JSON as
/// UTF-8 bytes, written into responses as they are, so the bytes a feed is charged for are the
/// bytes it holds (a parsed document would hold more).
/// </summary>
[JsonConverter(typeof(FeedActivityConverter))]
public sealed record FeedActivity(long Sequence, byte[] Json);

/// <summary>Writes a <see cref="FeedActivity"/> as its JSON; the feed is never read back from a client.</summary>
public sealed class FeedActivityConverter : JsonConverter<FeedActivity>
{
    public override FeedActivity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Feed activities are written, never read.");

    public override void Write(Utf8JsonWriter writer, FeedActivity value, JsonSerializerOptions options) =>
        // The JSON came from the activity serializer, so it is valid and needs no second check.
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
