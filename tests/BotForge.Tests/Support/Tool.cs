using System.Diagnostics;
using System.ComponentModel;
using Xunit.Sdk;

namespace BotForge.Tests.Support;

/// <summary>Runs an external program (git, dot, node) with a time limit; a missing program fails with how to install it.</summary>
internal static class Tool
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(string program, string workingDirectory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new XunitException($"'{program}' is not installed; tools/test.sh installs everything the tests need (run it, or see .ci/run)");
        }

        using (process)
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
                process.StandardInput.Close();
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new XunitException($"{program} {string.Join(' ', args)} did not finish within {Limit.TotalSeconds} s");
            }

            return new Result(process.ExitCode, await stdout, await stderr);
        }
    }

    /// <summary>
    /// Runs a Node script of tools/<paramref name="tool"/> (in that folder), first installing the folder's locked npm
    /// packages (npm ci) when <paramref name="package"/> is missing from its node_modules (tools/test.sh does it too).
    /// </summary>
    public static async Task<Result> NodeAsync(string tool, string package, string[] args)
    {
        var folder = Repo.Path_("tools", tool);
        if (!Directory.Exists(Path.Combine(folder, "node_modules", package)))
        {
            var install = await RunAsync("npm", folder, null, "ci", "--no-audit", "--no-fund");
            Assert.True(install.ExitCode == 0, $"npm ci in tools/{tool} failed:\n{install.Error}");
        }

        return await RunAsync("node", folder, null, args);
    }

    /// <summary>git with a fixed identity and no user or system configuration, so commits work on any machine.</summary>
    public static async Task<string> GitAsync(string repository, params string[] args)
    {
        string[] all = ["-c", "user.name=BotForge Tests", "-c", "user.email=tests@botforge.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", .. args];
        var result = await RunAsync("git", repository, null, all);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)} failed: {result.Error}");
        return result.Out;
    }
}
