using System.Collections.Frozen;

namespace KnowYourRights.Knowledge.Search;

/// <summary>What search reads of one indexed document: its stored fields and the analyzed terms of its searched fields.</summary>
/// <param name="Id">Passage or card id.</param>
/// <param name="Type">Passage, card or source passage (see <c>IndexFields</c>).</param>
/// <param name="Heading">Heading path (passage) or topic (card).</param>
/// <param name="Payload">Marked passage text, or the card as JSON.</param>
/// <param name="SourceId">For a source passage: the manifest id of its source.</param>
/// <param name="Terms">Every term of the searched fields, from the term vectors: what coverage is measured against.</param>
internal sealed record IndexedDocument(string Id, string Type, string Heading, string Payload, string? SourceId, FrozenSet<string> Terms);
