using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using BotForge.Simulation.Code;
using BotForge.Text;

namespace BotForge.Tests.Simulation.Code;

/// <summary>
/// The limits a run gets must not depend on what else its user runs. The system's limit on processes counts every
/// process and thread of the user (and not at all for root, as this repository's CI runs): a runner that set it to 64
/// left a desktop user, who has hundreds, unable to start even the run's own threads. Checked as a user other than
/// root (nobody, through setpriv, when the tests run as root) who holds 100 threads while the run goes.
/// </summary>
public sealed class ManyThreadsTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_user_with_many_threads_running_can_run_a_script_that_starts_threads()
    {
        using var folder = new TempFolder();
        string[] asUser = Environment.IsPrivilegedProcess ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : [];
        // The system's Python: one under root's home (pyenv) is not readable by nobody.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        using var holder = Start([.. asUser, python, "-c",
            "import sys, threading\nstop = threading.Event()\nfor _ in range(100):\n    threading.Thread(target=stop.wait, daemon=True).start()\nprint('holding', flush=True)\nsys.stdin.read()\n"]);
        using var driver = Start([.. asUser, python, "-I", "-X", "utf8", "-c", EmbeddedText.Read("python/run_code_node.py"), "warm"]);
        try
        {
            Assert.Equal("holding", holder.StandardOutput.ReadLine());
            var job = new JsonObject
            {
                ["source"] = "import json, threading\n\n\ndef main(event, context):\n    done = []\n    workers = [threading.Thread(target=done.append, args=(i,)) for i in range(3)]\n" +
                             "    for w in workers:\n        w.start()\n    for w in workers:\n        w.join()\n    return {'statusCode': 200, 'body': json.dumps({'done': len(done)}), 'headers': {}}\n",
                ["filename"] = "threads.py",
                ["folder"] = folder.Path,
                ["body"] = new JsonObject(),
                ["answers"] = new JsonObject(),
                ["base_env"] = new JsonArray(),
                ["time_limit"] = 10,
                ["limits"] = CodeRunner.Limits.DeepClone(),
            };
            driver.StandardInput.Write(job.ToJsonString() + "\n");
            driver.StandardInput.Flush();

            var header = driver.StandardOutput.ReadLine()!.Split(' ');
            var output = new char[int.Parse(header[0], System.Globalization.CultureInfo.InvariantCulture)];
            driver.StandardOutput.ReadBlock(output);
            var said = new string(output).Trim();
            Assert.True(said.Split('\n')[^1].StartsWith('{'), "the run did not report:\n" + said);
            var report = JsonNode.Parse(said.Split('\n')[^1])!;

            Assert.True(report["error"] is null, (string?)report["error"]);
            Assert.Equal(3, (int?)JsonNode.Parse((string)report["result"]!["body"]!)!["done"]);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            driver.Kill(entireProcessTree: true);
        }
    }

    private static Process Start(string[] command)
    {
        var start = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            WorkingDirectory = Path.GetTempPath(),
        };
        return Process.Start(start)!;
    }

    /// <summary>A working folder the other user can enter and write in.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = Directory.CreateTempSubdirectory("botforge-threads-").FullName;
            File.SetUnixFileMode(Path, (UnixFileMode)0b111_111_111);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
