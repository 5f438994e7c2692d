using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Search;

/// <summary>A card or passage and how close its nearest vector is to the question's (cosine, −1…1).</summary>
internal sealed record SemanticHit(string Id, VectorKind Kind, double Score);
