using System.CommandLine;
using BotForge.Parsing;
using BotForge.Validation;

namespace BotForge.Cli.Commands;

/// <summary>The command tree. <see cref="Run"/> is the whole program; tests call it in-process with their own writers.</summary>
internal static class BotForgeCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory = null, SchemaCache? cache = null, Limits? limits = null,
        TextReader? stdin = null, Func<string, string?>? environment = null, bool interactive = false)
    {
        var io = new CliIO(stdout, stderr, workingDirectory ?? Directory.GetCurrentDirectory(), cache, limits)
        {
            In = stdin ?? TextReader.Null,
            Environment = environment ?? Environment.GetEnvironmentVariable,
            Interactive = interactive,
        };
        var (root, verbose) = Tree(io);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.Write($"botforge: error: {error.Message}\n");
            }

            stderr.Write("Run 'botforge --help' for usage.\n");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Stages run in parallel: name the failure itself, not the wrapper that carried it across threads.
            var cause = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            stderr.Write($"botforge: internal error: {cause.GetType().Name}: {cause.Message}\n");
            stderr.Write("This is a bug in BotForge, not in your bot. Please report it with the command you ran");
            stderr.Write(parse.GetValue(verbose) ? ":\n" + e + "\n" : " (add --verbose for details).\n");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The root command with every verb (docs/cli.md has a section for each), and the recursive --verbose.</summary>
    internal static (RootCommand Root, Option<bool> Verbose) Tree(CliIO io)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show internal details (a stack trace) if BotForge itself fails.", Recursive = true };
        var root = new RootCommand("BotForge: Conversation Studio bots as code. Build, validate and test bots written in YAML.")
        {
            BuildCommand.Create(io),
            ValidateCommand.Create(io),
            DiffCommand.Create(io),
            GraphCommand.Create(io),
            TestCommand.Create(io),
            ChatCommand.Create(io),
            DeployCommand.Create(io),
            PromoteCommand.Create(io),
            RollbackCommand.Create(io),
            UnlockCommand.Create(io),
            ReleasesCommand.Create(io),
            ServeCommand.Create(io),
            LspCommand.Create(io),
            InitCommand.Create(io),
            verbose,
        };

        return (root, verbose);
    }
}
