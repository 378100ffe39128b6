using System.CommandLine;
using BotForge.Cli.Arguments;
using BotForge.Deploy.Planning;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge rollback PROJECT --env E [--to VERSION]</c>: make an earlier version live again.</summary>
internal static class RollbackCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (it names the bot and the default target).");
        var env = ReleaseOptions.Env();
        var to = new Option<int?>("--to") { Description = "The version to make live (default: the one live before the current one)." };
        var target = ReleaseOptions.Target();
        var yes = ReleaseOptions.Yes();
        var command = new Command("rollback", "Make an earlier version live again (an activation: versions are never deleted).") { project, env, to, target, yes };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(env)!, parse.GetValue(to), parse.GetValue(target), parse.GetValue(yes)));
        return command;
    }

    private static int Run(CliIO io, string project, string env, int? to, string? targetOption, bool yes)
    {
        if (ReleaseSetup.Open(io, project, targetOption, out var exit, build: false) is not { } setup)
        {
            return exit;
        }

        return setup.Run(async () =>
        {
            var live = await setup.Target.LiveAsync(env, CancellationToken.None);
            if (!setup.Confirmed(env, yes, "This rollback"))
            {
                return ExitCodes.BadInput;
            }

            var version = await new Releaser(setup.Target, setup.By, setup.Pause).RollbackAsync(env, to, CancellationToken.None);
            var detail = await setup.Target.VersionAsync(env, version, CancellationToken.None);
            io.Out.Write($"Rolled back {env} from v{live.Live?.Version} to v{version} ({LocalRelease.Short(detail.Info.ContentHash)}); it is live.\n");
            return ExitCodes.Success;
        });
    }
}
