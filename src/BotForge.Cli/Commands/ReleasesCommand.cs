using System.CommandLine;
using System.Globalization;
using BotForge.Cli.Arguments;
using BotForge.Deploy.Planning;
using BotForge.Text;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge releases PROJECT --env E</c>: every version, which is live, who made it and when, its content hash.</summary>
internal static class ReleasesCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (it names the bot and the default target).");
        var env = ReleaseOptions.Env();
        var target = ReleaseOptions.Target();
        var command = new Command("releases", "List the versions of an environment: live marker, version, when (UTC), who, content hash, note.") { project, env, target };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(env)!, parse.GetValue(target)));
        return command;
    }

    private static int Run(CliIO io, string project, string env, string? targetOption)
    {
        if (ReleaseSetup.Open(io, project, targetOption, out var exit, build: false) is not { } setup)
        {
            return exit;
        }

        return setup.Run(async () =>
        {
            var versions = await setup.Target.VersionsAsync(env, CancellationToken.None);
            var live = (await setup.Target.LiveAsync(env, CancellationToken.None)).Live?.Version;
            if (versions.Count == 0)
            {
                io.Out.Write($"{env} at {setup.Target.Name}: no versions yet\n");
                return ExitCodes.Success;
            }

            io.Out.Write($"{env} at {setup.Target.Name}:\n");
            foreach (var v in versions.OrderByDescending(v => v.Version))
            {
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{(v.Version == live ? "*" : " ")} v{v.Version,-4} {v.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {Printable.Escape(v.CreatedBy),-16} {LocalRelease.Short(v.ContentHash)}  {Printable.Escape(v.Message ?? string.Empty)}");
                io.Out.Write(line.TrimEnd() + "\n");
            }

            // Release locks removed by force are part of the record too.
            foreach (var unlock in (await setup.Target.HistoryAsync(env, CancellationToken.None)).Where(h => h.Action == "unlock"))
            {
                io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"  unlock {unlock.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}  by {Printable.Escape(unlock.By)}\n"));
            }

            return ExitCodes.Success;
        });
    }
}
