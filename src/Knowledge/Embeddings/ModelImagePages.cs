using System.Globalization;
using System.Runtime.InteropServices;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// The sentence model ships inside its package's assembly as a resource (~90 MB). Loading it reads
/// those bytes through the assembly's memory-mapped image, and ONNX Runtime keeps its own copy, so
/// the image's pages stay in the process's resident memory for nothing: measured, 88 MB of the
/// app's 357 MB at rest. Once the model is loaded they are handed back to the system with
/// <c>madvise(MADV_PAGEOUT)</c>, a hint that changes no content: a page read again is read back
/// from the file.
/// </summary>
internal static class ModelImagePages
{
    /// <summary>Linux's MADV_PAGEOUT (5.4 and later): reclaim these pages now.</summary>
    private const int PageOutAdvice = 21;

    /// <summary>
    /// Advises the system to page out every mapping of <paramref name="path"/> in this process;
    /// returns the bytes advised (0 where this is not Linux, the file is not mapped, or the kernel
    /// refuses the advice).
    /// </summary>
    public static long PageOut(string path)
    {
        if (!OperatingSystem.IsLinux() || string.IsNullOrEmpty(path))
        {
            return 0;
        }
        long advised = 0;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                // "start-end perms offset dev inode path"
                if (!line.EndsWith(" " + path, StringComparison.Ordinal))
                {
                    continue;
                }
                var range = line.AsSpan(0, line.IndexOf(' ', StringComparison.Ordinal));
                var dash = range.IndexOf('-');
                var start = ulong.Parse(range[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var end = ulong.Parse(range[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (NativeMethods.madvise((nint)start, (nuint)(end - start), PageOutAdvice) == 0)
                {
                    advised += (long)(end - start);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DllNotFoundException or EntryPointNotFoundException)
        {
            // Best effort: memory the system could have had back, nothing more.
        }
        return advised;
    }

    // DllImport, not LibraryImport: the signature is blittable, and LibraryImport would need unsafe code in the project.
    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "madvise")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int madvise(nint address, nuint length, int advice);
    }
}
