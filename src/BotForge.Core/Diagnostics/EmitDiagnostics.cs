namespace BotForge.Diagnostics;

/// <summary>Codes of writing the output folder (BF09xx). These concern where output goes, so they are input failures (exit code 2).</summary>
public static class EmitDiagnostics
{
    public static readonly DiagnosticDescriptor ForeignFolderCode = new("BF0901", DiagnosticLevel.Error, "Output folder holds files BotForge did not write") { IsInputFailure = true };
    public static readonly DiagnosticDescriptor WriteFailedCode = new("BF0902", DiagnosticLevel.Error, "Output could not be written") { IsInputFailure = true };

    public static Diagnostic ForeignFolder(string path, string reason) =>
        ForeignFolderCode.At(null, $"refusing to replace the output folder '{path}': {reason}; BotForge replaces only a folder it wrote", "pass a new or empty folder with --out (dist/ by default)");

    public static Diagnostic WriteFailed(string path, string reason) =>
        WriteFailedCode.At(null, $"cannot write the output folder '{path}': {reason}");
}
