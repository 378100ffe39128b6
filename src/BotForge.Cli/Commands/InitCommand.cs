using System.CommandLine;
using System.Text;
using BotForge.Cli.Scaffold;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge init DIR</c>: scaffolds a working bot in a new or empty folder.</summary>
internal static class InitCommand
{
    public static Command Create(CliIO io)
    {
        var directory = new Argument<string>("DIR") { Description = "Folder to create the bot in; must be new or empty. With --ci: the existing bot." };
        var ci = new Option<string?>("--ci") { Description = "Instead of a bot, write a CI workflow for the bot in DIR: github (.github/workflows/ at the repository root)." };
        ci.AcceptOnlyFromAmong("github");
        var command = new Command("init", "Create a new bot project that builds clean, or (--ci github) a CI workflow for one.") { directory, ci };
        command.SetAction(parse => parse.GetValue(ci) is null ? Run(io, parse.GetValue(directory)!) : CiWorkflow.Write(io, parse.GetValue(directory)!));
        return command;
    }

    private static int Run(CliIO io, string directory)
    {
        var path = io.Resolve(directory);
        if (File.Exists(path) || (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any()))
        {
            io.Error.Write($"botforge: error: '{directory}' already exists and is not empty; init writes only into a new or empty folder\n");
            return ExitCodes.BadInput;
        }

        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        var botId = StarterProject.ToId(folderName);
        var botName = string.Join(' ', botId.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        try
        {
            foreach (var (relative, content) in StarterProject.Files(botId, botName))
            {
                var file = Path.Combine(path, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, content.EndsWith('\n') ? content : content + "\n", new UTF8Encoding(false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.Write($"botforge: error: cannot write '{directory}': {e.Message}\n");
            return ExitCodes.BadInput;
        }

        io.Out.Write($"Created bot '{botId}' in {directory}. Next: botforge build {directory}\n");
        return ExitCodes.Success;
    }
}
