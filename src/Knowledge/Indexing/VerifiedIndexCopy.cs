using Lucene.Net.Index;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// A version folder's Lucene files read into memory and checked with Lucene's own
/// <see cref="CheckIndex"/> before anything answers from them.
/// </summary>
/// <remarks>
/// <para>
/// Why memory: a memory-mapped index whose file is truncated or overwritten under a running
/// process takes the process down on the next read (a SIGBUS surfaces as an
/// <see cref="AccessViolationException"/>, which nothing can catch). A version is a few MB, so
/// the live one is copied into a <see cref="RAMDirectory"/> once, at open, and nothing done to
/// its files afterwards can reach the answers.
/// </para>
/// <para>
/// Why the check: damage shows in many shapes (an <see cref="ArgumentException"/> "slice() out
/// of bounds" for a truncated compound file, <see cref="EndOfStreamException"/>, a checksum
/// mismatch, or nothing until a query reads the damaged postings). <see cref="CheckIndex"/>
/// reads every segment, postings, stored fields and term vectors and verifies the checksums,
/// so a version either passes whole or is not taken at all.
/// </para>
/// </remarks>
internal static class VerifiedIndexCopy
{
    /// <summary>
    /// Copies the Lucene files of <paramref name="folder"/> into memory and checks them. Throws
    /// <see cref="CorruptIndexException"/> when the check fails; any other exception from the
    /// copy or the check means the same to the caller: this version is not valid.
    /// </summary>
    public static Directory Load(string folder)
    {
        var memory = new RAMDirectory();
        try
        {
            // Plain reads, never a memory map: a file truncated while it is being copied must
            // fail with an exception here, not with a fault in the process.
            using (var disk = new SimpleFSDirectory(new DirectoryInfo(folder)))
            {
                foreach (var file in disk.ListAll().Where(IsLuceneFile))
                {
                    disk.Copy(memory, file, file, IOContext.READ_ONCE);
                }
            }
            var status = new CheckIndex(memory).DoCheckIndex();
            if (!status.Clean)
            {
                throw new CorruptIndexException(Describe(status));
            }
            return memory;
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    /// <summary>Lucene writes its segments as <c>_N.*</c> and its commits as <c>segments*</c>; the folder's other files are ours.</summary>
    private static bool IsLuceneFile(string name) =>
        name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal);

    private static string Describe(CheckIndex.Status status) =>
        status.MissingSegments ? "the commit names segments that are missing"
        : status.CantOpenSegments ? "the commit cannot be read"
        : $"Lucene's index check failed ({status.NumBadSegments} of {status.NumSegments} segments damaged)";
}
