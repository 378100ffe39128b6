using System.CommandLine;
using BotForge.Serve;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge serve [--port N] [--data DIR]</c>: a local stand-in for the platform's release API.</summary>
internal static class ServeCommand
{
    public static Command Create(CliIO io)
    {
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 8787 };
        var data = new Option<string>("--data") { Description = "Folder for the SQLite database.", DefaultValueFactory = _ => ".botforge/serve" };
        var maxBody = new Option<int>("--max-body-mb") { Description = "The largest request body taken, in MiB (larger ones get 413).", DefaultValueFactory = _ => 64 };
        var command = new Command("serve", "Run the reference platform API (schemas/platform-api.openapi.json) on 127.0.0.1; requests need the bearer token in BOTFORGE_TOKEN.") { port, data, maxBody };
        command.SetAction(parse => Run(io, parse.GetValue(port), parse.GetValue(data)!, parse.GetValue(maxBody)));
        return command;
    }

    private static int Run(CliIO io, int port, string data, int maxBodyMb)
    {
        if (maxBodyMb is < 1 or > 4096)
        {
            io.Fail($"--max-body-mb must be 1 to 4096, not {maxBodyMb}");
            return ExitCodes.BadInput;
        }

        if (io.Environment("BOTFORGE_TOKEN") is not { Length: >= 16 } token)
        {
            io.Fail("set BOTFORGE_TOKEN to the bearer token clients must send (16 characters or more)");
            return ExitCodes.BadInput;
        }

        if (port is < 0 or > 65535)
        {
            io.Fail($"--port must be 0 to 65535, not {port}");
            return ExitCodes.BadInput;
        }

        // The data folder, or the nearest part of its path that exists, must be a folder: else the server's start fails
        // on it, and that is no trouble with listening.
        var dataPath = io.Resolve(data);
        var existing = dataPath;
        while (!Path.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        if (File.Exists(existing))
        {
            io.Fail(existing == dataPath ? $"--data '{data}' is a file, not a folder" : $"--data '{data}' cannot be made: '{existing}' is a file, not a folder");
            return ExitCodes.BadInput;
        }

        var log = TextWriter.Synchronized(io.Out);
        PlatformServer server;
        try
        {
            server = PlatformServer.StartAsync(new ServeOptions { Port = port, DataDirectory = dataPath, Token = token, MaxBodyBytes = (long)maxBodyMb << 20, Log = line => { log.Write(line + "\n"); log.Flush(); } })
                .GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            io.Fail($"cannot listen on 127.0.0.1:{port}: {e.Message}");
            return ExitCodes.BadInput;
        }

        using var stop = new ManualResetEventSlim();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Set();
        }

        Console.CancelKeyPress += OnCancel;
        using var stopping = server.Stopping.Register(stop.Set);   // SIGTERM: the host stops and says so here
        log.Write($"BotForge platform API on {server.Address} (data: {data}); Ctrl+C stops it\n");
        log.Flush();
        stop.Wait();
        Console.CancelKeyPress -= OnCancel;
        // Dispose, not just stop: the host's console lifetime holds SIGTERM's process exit until it is disposed.
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }
}
