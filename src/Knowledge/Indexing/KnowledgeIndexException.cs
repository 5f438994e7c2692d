namespace KnowYourRights.Knowledge.Indexing;

/// <summary>The index on disk is missing or cannot be read; the message says what to do.</summary>
public sealed class KnowledgeIndexException(string message, Exception? inner = null) : Exception(message, inner);
