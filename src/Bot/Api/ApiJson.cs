using System.Text.Json;
using System.Text.Json.Serialization;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// Serialization code generated at build time for the answer the APIs send (<c>/api/answer</c>),
/// the same JSON as the reflection-based serializer writes with the web defaults, without
/// reflecting over the answer's types on every response: writing it was a fifth of a repeated
/// question's CPU (docs/performance.md). Other types still go through reflection (it is next in the chain).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Answer))]
internal sealed partial class ApiJson : JsonSerializerContext;
