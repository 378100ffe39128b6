using System.CommandLine;
using BotForge.Cli.Arguments;
using BotForge.Deploy.Planning;
using BotForge.Parsing;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge deploy PROJECT --env staging|production [--target T] [--plan] [--yes]</c>: plan, then apply.</summary>
internal static class DeployCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (the one with botforge.yaml).");
        var env = ReleaseOptions.Env();
        var target = ReleaseOptions.Target();
        var plan = new Option<bool>("--plan") { Description = "Show the plan and stop: exit 0 without changes, 3 with changes (for CI)." };
        var yes = ReleaseOptions.Yes();
        var secrets = ReleaseOptions.Secrets();
        var message = new Option<string?>("--message", "-m") { Description = "A note kept with the version (shown by 'botforge releases')." };
        var command = new Command("deploy", "Build the bot, show what would change where it is live, and release it (production asks to confirm).")
        {
            project, env, target, plan, yes, secrets, message,
        };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(env)!, parse.GetValue(target), parse.GetValue(plan), parse.GetValue(yes), parse.GetValue(secrets), parse.GetValue(message)));
        return command;
    }

    private static int Run(CliIO io, string project, string env, string? targetOption, bool planOnly, bool yes, string? secretsFile, string? message)
    {
        if (ReleaseSetup.OpenRelease(io, project, targetOption, env, secretsFile, out var exit) is not { } setup)
        {
            return exit;
        }

        var values = setup.Values;

        return setup.Run(async () =>
        {
            var plan = await ReleasePlan.MakeAsync(setup.Target, setup.Local, env, values, io.Limits ?? Limits.Default, CancellationToken.None);
            io.Out.Write(plan.Render(setup.Local.Model.Bot.Id));
            if (planOnly || !plan.HasChanges)
            {
                return planOnly && plan.HasChanges ? ExitCodes.PlanHasChanges : ExitCodes.Success;
            }

            if (!setup.Confirmed(env, yes, "This deploy"))
            {
                return ExitCodes.BadInput;
            }

            var result = await new Releaser(setup.Target, setup.By, setup.Pause).DeployAsync(setup.Local, plan, values, message, CancellationToken.None);
            var reused = result.Created ? string.Empty : ", a version already uploaded";
            io.Out.Write($"Released {setup.Local.Model.Bot.Id} v{result.Version} to {env} ({LocalRelease.Short(setup.Local.ContentHash)}{reused}); it is live.\n");
            return ExitCodes.Success;
        });
    }
}

/// <summary>Options the release commands share.</summary>
internal static class ReleaseOptions
{
    public static Option<string> Env(string name = "--env", string description = "The environment: staging or production.")
    {
        var option = new Option<string>(name) { Description = description, Required = true };
        option.AcceptOnlyFromAmong("staging", "production");
        return option;
    }

    public static Option<string?> Target() => new("--target", "-t")
    {
        Description = "Where releases go: dir:PATH (default: dir:PROJECT/.botforge/releases) or the platform API's https:// URL (token in BOTFORGE_TOKEN).",
    };

    public static Option<bool> Yes() => new("--yes", "-y") { Description = "Release to production without asking." };

    public static Option<string?> Secrets() => new("--secrets")
    {
        Description = "A dotenv file (NAME=value; must be ignored by git) with the values of secret env variables; BOTFORGE_SECRET_NAME variables take precedence.",
    };
}
