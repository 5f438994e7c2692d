using System.Runtime.InteropServices;

namespace KnowYourRights.Bot.Hosting;

/// <summary>
/// The C library's heap, where the sentence model (ONNX Runtime) and the runtime allocate. After a
/// busy spell glibc keeps the freed pages of its per-thread arenas mapped; <c>malloc_trim(0)</c>
/// hands the whole free pages back to the system (its thresholds only trim an arena's top, which
/// is why setting them did not help).
/// </summary>
internal static class NativeHeap
{
    /// <summary>Trims glibc's heap; false where there is no glibc (macOS, Windows, musl) or nothing was released.</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return NativeMethods.malloc_trim(0) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: the signature is blittable, and LibraryImport would need unsafe code in the project.
    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "malloc_trim")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int malloc_trim(nuint pad);
    }
}
