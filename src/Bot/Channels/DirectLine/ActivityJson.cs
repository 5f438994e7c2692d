using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace KnowYourRights.Bot.Channels.DirectLine;

/// <summary>
/// Activities on the wire. The Bot Framework schema is written for Newtonsoft.Json (its attributes
/// name the properties, and channelData and entities are JObjects), so activities are read and
/// written with it and handed to the System.Text.Json API as finished JSON.
/// </summary>
public static class ActivityJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        // Deep nesting is never legitimate here and costs stack.
        MaxDepth = 32,
        // Types are never taken from the JSON.
        TypeNameHandling = TypeNameHandling.None,
        // "$type", "$id" and "$ref" are plain properties too: read as metadata, a misplaced one
        // threw a NullReferenceException inside the serializer (a 500; found by a property test).
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
    };

    /// <summary>Reads one activity; throws <see cref="Newtonsoft.Json.JsonException"/> when the text is not one.</summary>
    public static Activity? Read(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings);

    /// <summary>The activity as UTF-8 JSON, as it is kept in a feed and sent to clients.</summary>
    public static byte[] ToUtf8(Activity activity) => Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity, Settings));

    /// <summary>How many bytes of UTF-8 JSON the activity takes.</summary>
    public static int SizeOf(Activity activity) => Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity, Settings));
}
