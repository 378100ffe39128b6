using System.Diagnostics;

namespace BotForge.Cli.Arguments;

/// <summary>The git program, for reading revisions and asking what git ignores. A missing git is a Win32Exception for the caller.</summary>
internal static class Git
{
    /// <summary>How to start git in <paramref name="workingDirectory"/>, its output and errors redirected.</summary>
    public static ProcessStartInfo Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs git to the end: its exit code, its output, and its first error line (without "fatal: ").</summary>
    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] arguments)
    {
        using var git = Process.Start(Start(workingDirectory, arguments)) ?? throw new IOException("git did not start");
        var stderr = git.StandardError.ReadToEndAsync();
        var stdout = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        var error = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Replace("fatal: ", string.Empty, StringComparison.Ordinal)
            ?? $"git exited with {git.ExitCode}";
        return (git.ExitCode, stdout, error);
    }
}
