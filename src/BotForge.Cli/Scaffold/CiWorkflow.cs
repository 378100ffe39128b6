using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Cli.Scaffold;

/// <summary>
/// <c>botforge init BOT --ci github</c>: writes <c>.github/workflows/botforge-BOT.yml</c> at the root of the git
/// repository that holds the bot, from <c>templates/ci/github-workflow.yml</c>. It never overwrites a file.
/// </summary>
internal static partial class CiWorkflow
{
    public const string Template = "templates/ci/github-workflow.yml";

    public static int Write(CliIO io, string project)
    {
        var path = io.Resolve(project);
        if (!File.Exists(Path.Combine(path, "botforge.yaml")))
        {
            io.Error.Write($"botforge: error: '{project}' is not a bot project (no botforge.yaml); --ci writes a workflow for an existing bot\n");
            return ExitCodes.BadInput;
        }

        var root = RepositoryRoot(path);
        if (root is null)
        {
            io.Error.Write($"botforge: error: '{project}' is not inside a git repository; the workflow lives at the repository's root\n");
            return ExitCodes.BadInput;
        }

        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        if (!SafePath().IsMatch(relative))
        {
            io.Error.Write($"botforge: error: the bot's path '{relative}' has characters a workflow cannot use unquoted; use letters, digits, '.', '_', '-' and '/'\n");
            return ExitCodes.BadInput;
        }

        var compilation = Compilation.Create(path, project, limits: io.Limits);
        var botId = compilation.Model?.Bot.Id ?? StarterProject.ToId(Path.GetFileName(path));
        var workflow = Path.Combine(root, ".github", "workflows", $"botforge-{botId}.yml");
        var shown = Path.GetRelativePath(io.WorkingDirectory, workflow).Replace('\\', '/');
        if (File.Exists(workflow))
        {
            io.Error.Write($"botforge: error: {shown} already exists; remove it first to write it again\n");
            return ExitCodes.BadInput;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(workflow)!);
        File.WriteAllText(workflow, Render(relative, botId, CliIO.Version), new UTF8Encoding(false));
        io.Out.Write($"Wrote {shown}: on pull requests touching {relative}, it validates, builds and comments the diff.\n");
        return ExitCodes.Success;
    }

    /// <summary>The workflow text for a bot at <paramref name="project"/> (relative to the repository root).</summary>
    public static string Render(string project, string botId, string version)
    {
        using var stream = typeof(CiWorkflow).Assembly.GetManifestResourceStream(Template)
            ?? throw new InvalidOperationException($"embedded resource {Template} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("__PROJECT__", project, StringComparison.Ordinal)
            .Replace("__BOT__", botId, StringComparison.Ordinal)
            .Replace("__VERSION__", version, StringComparison.Ordinal)
            .Replace("\"./**\"", "\"**\"", StringComparison.Ordinal);   // a bot at the repository's root
    }

    private static string? RepositoryRoot(string path)
    {
        for (var folder = new DirectoryInfo(path); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9._/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();
}
