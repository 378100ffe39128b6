using System.CommandLine;
using System.Globalization;
using BotForge.Cli.Arguments;
using BotForge.Deploy.Planning;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge promote PROJECT --from staging --to production</c>: what is live in one environment, to the other.</summary>
internal static class PromoteCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (its env variables give the target environment's values).");
        var from = ReleaseOptions.Env("--from", "The environment whose live version is promoted (usually staging).");
        var to = ReleaseOptions.Env("--to", "The environment it goes to (usually production).");
        var target = ReleaseOptions.Target();
        var plan = new Option<bool>("--plan") { Description = "Show what would happen and stop: exit 0 without changes, 3 with changes." };
        var yes = ReleaseOptions.Yes();
        var secrets = ReleaseOptions.Secrets();
        var command = new Command("promote", "Release the version live in one environment to the other: business settings first, then the bot.")
        {
            project, from, to, target, plan, yes, secrets,
        };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(target), parse.GetValue(plan), parse.GetValue(yes), parse.GetValue(secrets)));
        return command;
    }

    private static int Run(CliIO io, string project, string from, string to, string? targetOption, bool planOnly, bool yes, string? secretsFile)
    {
        if (from == to)
        {
            io.Fail("--from and --to must be different environments");
            return ExitCodes.BadInput;
        }

        if (ReleaseSetup.OpenRelease(io, project, targetOption, to, secretsFile, out var exit) is not { } setup)
        {
            return exit;
        }

        var values = setup.Values;

        return setup.Run(async () =>
        {
            var source = await setup.Target.LiveAsync(from, CancellationToken.None);
            if (source.Live is not { } promoted)
            {
                io.Fail($"nothing is live in {from} to promote");
                return ExitCodes.ReleaseFailed;
            }

            var destination = await setup.Target.LiveAsync(to, CancellationToken.None);
            var alreadyThere = destination.Live?.ContentHash == promoted.ContentHash
                && Deploy.Releases.ReleaseLogic.SameEnv(destination.Env, values);
            io.Out.Write(string.Create(CultureInfo.InvariantCulture,
                $"Promote {setup.Local.Model.Bot.Id} {from} v{promoted.Version} ({LocalRelease.Short(promoted.ContentHash)}) to {to} " +
                $"(live: {(destination.Live is { } d ? $"v{d.Version}, {LocalRelease.Short(d.ContentHash)}" : "nothing yet")}) at {setup.Target.Name}\n"));
            if (promoted.ContentHash != setup.Local.ContentHash)
            {
                io.Out.Write($"  note: this working copy builds {LocalRelease.Short(setup.Local.ContentHash)}, not what is live in {from}; only its env values for {to} are used\n");
            }

            if (alreadyThere)
            {
                io.Out.Write($"No changes: {to} already runs this version with these env values.\n");
                return ExitCodes.Success;
            }

            if (planOnly)
            {
                return ExitCodes.PlanHasChanges;
            }

            if (!setup.Confirmed(to, yes, "This promotion"))
            {
                return ExitCodes.BadInput;
            }

            var version = await new Releaser(setup.Target, setup.By, setup.Pause).PromoteAsync(from, to, destination.Live?.Version ?? 0, values, CancellationToken.None);
            io.Out.Write($"Promoted {from} v{promoted.Version} to {to} as v{version}; it is live.\n");
            return ExitCodes.Success;
        });
    }
}
