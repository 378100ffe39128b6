using System.Text;

namespace BotForge.Project;

/// <summary>Files replaced whole: written beside their place, then renamed over it, so no reader sees half of one.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/> by a rename; a failure leaves the old file and no temporary one.</summary>
    public static void WriteAllText(string path, string text)
    {
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
