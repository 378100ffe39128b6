using System.Text;
using System.Text.RegularExpressions;

namespace BotForge.Cli.Scaffold;

/// <summary>
/// The GitHub Actions workflow of a bot, <c>.github/workflows/botforge-BOT.yml</c> at the root of the git repository
/// that holds it, from <c>templates/ci/github-workflow.yml</c>: written by <c>botforge init BOT --ci github</c> and
/// by <c>init --template ticketing</c>. It never overwrites a file.
/// </summary>
internal static partial class CiWorkflow
{
    public const string Template = "templates/ci/github-workflow.yml";

    /// <summary><c>init BOT --ci github</c>: the workflow of an existing bot inside a git repository.</summary>
    public static int Write(CliIO io, string project)
    {
        var path = io.Resolve(project);
        if (!File.Exists(Path.Combine(path, "botforge.yaml")))
        {
            io.Fail($"'{project}' is not a bot project (no botforge.yaml); --ci writes a workflow for an existing bot");
            return ExitCodes.BadInput;
        }

        var root = GitRepository.RootOf(path);
        if (root is null)
        {
            io.Fail($"'{project}' is not inside a git repository; the workflow lives at the repository's root");
            return ExitCodes.BadInput;
        }

        var compilation = Compilation.Create(path, project, limits: io.Limits);
        var botId = compilation.Model?.Bot.Id ?? ProjectTemplates.ToId(Path.GetFileName(path));
        var (written, error) = WriteAt(io, root, path, botId);
        if (error is not null)
        {
            io.Fail(error!);
            return ExitCodes.BadInput;
        }

        io.Out.Write($"Wrote {written}: on pull requests touching {Relative(root, path)}, it validates, builds and comments the diff.\n");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The workflow of a bot <c>init</c> has just written at <paramref name="path"/>: at the root of the git
    /// repository holding it, or, outside any repository, in the bot's own folder (ready for <c>git init</c> there).
    /// Returns the file written (as shown to the user), or why it was not.
    /// </summary>
    public static (string? Written, string? Error) WriteForNewBot(CliIO io, string path, string botId) =>
        WriteAt(io, GitRepository.RootOf(path) ?? path, path, botId);

    private static (string? Written, string? Error) WriteAt(CliIO io, string root, string path, string botId)
    {
        var relative = Relative(root, path);
        if (!SafePath().IsMatch(relative))
        {
            return (null, $"the bot's path '{relative}' has characters a workflow cannot use unquoted; use letters, digits, '.', '_', '-' and '/'");
        }

        var workflow = Path.Combine(root, ".github", "workflows", $"botforge-{botId}.yml");
        var shown = Path.GetRelativePath(io.WorkingDirectory, workflow).Replace('\\', '/');
        if (File.Exists(workflow))
        {
            return (null, $"{shown} already exists; remove it first to write it again");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(workflow)!);
            // CreateNew: a file that appeared since the check above is not overwritten either.
            using var file = new FileStream(workflow, FileMode.CreateNew, FileAccess.Write);
            file.Write(new UTF8Encoding(false).GetBytes(Render(relative, botId, CliIO.Version)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // .github a file, or a link to nowhere; a full disk; a folder that cannot be written.
            var github = Path.Combine(root, ".github");
            return (null, File.Exists(github) && !Directory.Exists(github)
                ? $"cannot write {shown}: {Path.GetRelativePath(io.WorkingDirectory, github).Replace('\\', '/')} is a file, not a folder"
                : $"cannot write {shown}: {e.Message}");
        }

        return (shown, null);
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

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex("^[A-Za-z0-9._/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();
}
