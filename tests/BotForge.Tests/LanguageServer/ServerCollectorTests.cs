using System.Diagnostics;

namespace BotForge.Tests.LanguageServer;

/// <summary>
/// <c>botforge lsp</c> starts itself again with the server garbage collector (<c>DOTNET_gcServer=1</c>), its stdin and
/// stdout handed over, unless the variable is set already; both processes end when the editor closes stdin. Read
/// from /proc, as the suite runs on Linux.
/// </summary>
public sealed class ServerCollectorTests
{
    [Fact]
    public void The_server_runs_in_a_second_process_with_the_server_collector_and_ends_with_stdin()
    {
        using var server = Start(gcServer: null);

        var child = WaitForChild(server);

        Assert.NotNull(child);
        // Until the child has started the program (exec), /proc shows what it forked from: the same command line (the
        // server starts the very command it was started with), the first process's environment.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < until && !Environment(child.Value).Contains("DOTNET_gcServer=1"))
        {
            Thread.Sleep(50);
        }

        Assert.Equal(["lsp", "--stdio"], CommandLine(child.Value)[^2..]);
        Assert.Contains("DOTNET_gcServer=1", Environment(child.Value));
        // The editor goes away without a shutdown: stdin ends, the server (exit 1, as without one) and this process end.
        server.StandardInput.Close();
        Assert.True(server.WaitForExit(30_000), "botforge lsp did not end when its stdin closed");
        Assert.Equal(1, server.ExitCode);
        Assert.False(Directory.Exists($"/proc/{child.Value}"), "the server process was left running");
    }

    [Fact]
    public void Stopping_the_process_the_editor_started_stops_the_server()
    {
        using var server = Start(gcServer: null);
        var child = WaitForChild(server);
        Assert.NotNull(child);

        using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(server.WaitForExit(30_000), "botforge lsp did not end on SIGTERM");
        Assert.False(Directory.Exists($"/proc/{child.Value}"), "the server process was left running");
    }

    [Fact]
    public void A_collector_chosen_by_the_user_is_kept_and_the_server_runs_in_the_process_started()
    {
        using var server = Start(gcServer: "0");

        var child = WaitForChild(server, patience: TimeSpan.FromSeconds(3));

        Assert.Null(child);
        server.StandardInput.Close();
        Assert.True(server.WaitForExit(30_000), "botforge lsp did not end when its stdin closed");
        Assert.Equal(1, server.ExitCode);
    }

    private static Process Start(string? gcServer)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "botforge.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        start.Environment.Remove("DOTNET_gcServer");
        if (gcServer is not null)
        {
            start.Environment["DOTNET_gcServer"] = gcServer;
        }

        return Process.Start(start)!;
    }

    /// <summary>The server's child process, once it has one; null if none comes within <paramref name="patience"/> (default 20 s).</summary>
    private static int? WaitForChild(Process server, TimeSpan? patience = null)
    {
        var until = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < until && !server.HasExited)
        {
            // A process's children are listed by the thread that started them.
            var children = Directory.EnumerateDirectories($"/proc/{server.Id}/task").SelectMany(Children).ToArray();
            if (children.Length > 0)
            {
                return int.Parse(children[0], System.Globalization.CultureInfo.InvariantCulture);
            }

            Thread.Sleep(50);
        }

        return null;
    }

    /// <summary>The children a thread started (none if it has ended meanwhile).</summary>
    private static string[] Children(string task)
    {
        try
        {
            return File.ReadAllText(Path.Join(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static string[] Environment(int pid) => File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private static string[] CommandLine(int pid) => File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
