using System.CommandLine;
using System.Text;
using BotForge.Cli.Scaffold;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge init DIR [--template NAME]</c>: scaffolds a working bot in a new or empty folder.</summary>
internal static class InitCommand
{
    public static Command Create(CliIO io)
    {
        var directory = new Argument<string>("DIR") { Description = "Folder to create the bot in; must be new or empty. With --ci: the existing bot." };
        var template = new Option<string>("--template")
        {
            Description = "What to start from: starter (a greeting, the smallest bot that builds clean) or ticketing (entities, FAQ, taskbox, "
                + "a Salesforce case with success and failure paths, env secrets, conversation tests and a GitHub Actions workflow).",
            DefaultValueFactory = _ => ProjectTemplates.Names[0],
        };
        template.AcceptOnlyFromAmong([.. ProjectTemplates.Names]);
        var ci = new Option<string?>("--ci") { Description = "Instead of a bot, write a CI workflow for the bot in DIR: github (.github/workflows/ at the repository root)." };
        ci.AcceptOnlyFromAmong("github");
        var command = new Command("init", "Create a new bot project that builds clean, or (--ci github) a CI workflow for one.") { directory, template, ci };
        command.SetAction(parse => parse.GetValue(ci) is null
            ? Run(io, parse.GetValue(directory)!, parse.GetValue(template)!)
            : CiWorkflow.Write(io, parse.GetValue(directory)!));
        return command;
    }

    private static int Run(CliIO io, string directory, string template)
    {
        var path = io.Resolve(directory);
        if (File.Exists(path) || (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any()))
        {
            io.Fail($"'{directory}' already exists and is not empty; init writes only into a new or empty folder");
            return ExitCodes.BadInput;
        }

        var botId = ProjectTemplates.ToId(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
        var created = !Directory.Exists(path);
        var written = new List<string>();
        try
        {
            foreach (var (relative, content) in ProjectTemplates.Files(template, botId, ProjectTemplates.ToName(botId)))
            {
                var file = Path.Combine(path, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, content.EndsWith('\n') ? content : content + "\n", new UTF8Encoding(false));
                written.Add(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveWritten(path, written, created);
            io.Fail($"cannot write '{directory}': {e.Message}");
            return ExitCodes.BadInput;
        }

        io.Out.Write($"Created bot '{botId}' in {directory} from the {template} template.\n");
        if (template == "ticketing")
        {
            var (workflow, error) = CiWorkflow.WriteForNewBot(io, path, botId);
            io.Out.Write(workflow is not null
                ? $"Wrote {workflow}: on pull requests it validates, builds, tests and comments the diff.\n"
                : $"No CI workflow written: {error}\n");
        }

        io.Out.Write($"Next: botforge validate {directory}, then botforge test {directory}\n");
        return ExitCodes.Success;
    }

    /// <summary>After a failed write, the files this run wrote and the folders it made for them (never anything else).</summary>
    private static void RemoveWritten(string root, List<string> written, bool rootCreated)
    {
        try
        {
            foreach (var file in written)
            {
                File.Delete(file);
            }

            foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
            {
                if (!Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }

            if (rootCreated && !Directory.EnumerateFileSystemEntries(root).Any())
            {
                Directory.Delete(root);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the error that stopped the write is what the user needs to see.
        }
    }
}
