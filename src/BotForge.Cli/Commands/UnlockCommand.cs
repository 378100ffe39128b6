using System.CommandLine;
using BotForge.Cli.Arguments;
using BotForge.Deploy.Releases;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge unlock PROJECT --env E [--yes]</c>: say who holds an environment's release lock, and remove it.</summary>
internal static class UnlockCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (it names the bot and the default target).");
        var env = ReleaseOptions.Env();
        var target = ReleaseOptions.Target();
        var yes = new Option<bool>("--yes", "-y") { Description = "Remove the lock whoever holds it (without it, only say who holds it)." };
        var command = new Command("unlock", "Say who holds an environment's release lock and until when; with --yes remove it (a killed release's lock), recorded in the history.") { project, env, target, yes };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(env)!, parse.GetValue(target), parse.GetValue(yes)));
        return command;
    }

    private static int Run(CliIO io, string project, string env, string? targetOption, bool yes)
    {
        if (ReleaseSetup.Open(io, project, targetOption, out var exit, build: false) is not { } setup)
        {
            return exit;
        }

        return setup.Run(async () =>
        {
            // Taking the lock ourselves tells whether anyone holds it: granted means nobody did (given back at once).
            try
            {
                await using (await setup.Target.LockAsync(env, setup.By + ":unlock", CancellationToken.None))
                {
                }

                io.Out.Write($"No release holds the lock of {env} at {setup.Target.Name}.\n");
                return ExitCodes.Success;
            }
            catch (ConflictException held)
            {
                io.Out.Write(Text.Printable.Escape(held.Message) + "\n");
                if (!yes)
                {
                    io.Out.Write($"If that release is no longer running, remove the lock with: botforge unlock {project} --env {env} --yes\n");
                    return ExitCodes.ReleaseFailed;
                }
            }

            await setup.Target.ForceUnlockAsync(env, setup.By, CancellationToken.None);
            io.Out.Write($"Removed the release lock of {env} at {setup.Target.Name}; the history records it (botforge releases).\n");
            return ExitCodes.Success;
        });
    }
}
