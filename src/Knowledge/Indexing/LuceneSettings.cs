using Lucene.Net.Util;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>The one Lucene compatibility version every analyzer, writer and parser uses.</summary>
internal static class LuceneSettings
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
