using System.CommandLine;

namespace BotForge.Cli.Commands;

/// <summary>
/// The shared <c>PROJECT</c> argument of the commands that work on one bot. It may be left out: then it is the nearest
/// folder holding a botforge.yaml at or above the working folder, up to the git repository's root (as git finds its
/// repository), shown relative to the working folder (<c>.</c>, <c>../..</c>); with none, <c>.</c>, which is then
/// reported as no project.
/// </summary>
internal static class ProjectArgument
{
    public static Argument<string> Create(CliIO io, string description) => new("PROJECT")
    {
        Description = $"{description} Left out: the nearest folder with a botforge.yaml at or above the working folder.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => Nearest(io.WorkingDirectory),
    };

    private static string Nearest(string workingDirectory)
    {
        for (var folder = new DirectoryInfo(workingDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "botforge.yaml")))
            {
                return Path.GetRelativePath(workingDirectory, folder.FullName).Replace('\\', '/');
            }

            // A project is never looked for outside the repository the working folder is in.
            if (GitRepository.IsRoot(folder.FullName))
            {
                break;
            }
        }

        return ".";
    }
}
