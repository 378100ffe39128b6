using System.Runtime.InteropServices;

namespace BotForge.Project;

/// <summary>
/// What kind of file a path names, for the one question .NET does not answer: is it a regular file? A FIFO named
/// <c>x.yaml</c> would block a read forever, a device would never end. On Unix this asks the runtime's own native
/// shim (<c>SystemNative_Stat</c> in libSystem.Native, which .NET itself uses for <c>FileInfo</c>) for the file's
/// mode; where that shim is not there (Windows, which has no such files in a folder), every file counts as regular.
/// </summary>
internal static class FileKind
{
    /// <summary>Null for a regular file (or a directory); else what it is: "named pipe (FIFO)", "device", "socket".</summary>
    public static string? Special(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            if (NativeMethods.Stat(path, out var status) != 0)
            {
                return null;   // cannot be read at all: reading it reports why
            }

            return (status.Mode & 0xF000) switch
            {
                0x1000 => "named pipe (FIFO)",
                0x2000 or 0x6000 => "device",
                0xC000 => "socket",
                _ => null,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The start of the runtime's FileStatus (pal_io.h): flags, then the mode with its S_IFMT bits; room for the rest.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
    }
}
