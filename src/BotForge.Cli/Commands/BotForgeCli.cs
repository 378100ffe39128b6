using System.CommandLine;
using System.CommandLine.Parsing;
using BotForge.Parsing;
using BotForge.Validation;

namespace BotForge.Cli.Commands;

/// <summary>The command tree. <see cref="Run"/> is the whole program; tests call it in-process with their own writers.</summary>
internal static class BotForgeCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory = null, SchemaCache? cache = null, Limits? limits = null,
        TextReader? stdin = null, Func<string, string?>? environment = null, bool interactive = false)
    {
        workingDirectory ??= CurrentFolder();
        if (workingDirectory is null)
        {
            stderr.Write("botforge: error: the working folder no longer exists (deleted or moved while the shell was in it): cd to a folder that does\n");
            return ExitCodes.BadInput;
        }

        var io = new CliIO(stdout, stderr, workingDirectory, cache, limits)
        {
            In = stdin ?? TextReader.Null,
            Environment = environment ?? Environment.GetEnvironmentVariable,
            Interactive = interactive,
        };
        var (root, verbose) = Tree(io);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in UsageErrors(parse))
            {
                io.Fail(message);
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
            stderr.Write($"botforge: internal error: {cause.GetType().Name}: {BotForge.Text.Printable.Escape(cause.Message)}\n");
            stderr.Write("This is a bug in BotForge, not in your bot. Please report it with the command you ran");
            stderr.Write(parse.GetValue(verbose) ? ":\n" + e + "\n" : " (add --verbose for details).\n");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// What was wrong with the command line. A mistyped command or option is named once, with the one meant where a
    /// known one is close ("unknown command 'biuld'; did you mean 'build'?"), where the parser would say "Required
    /// command was not provided" and "Unrecognized command or argument" for it and for each word after it.
    /// </summary>
    private static List<string> UsageErrors(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens;
        if (command is RootCommand && unmatched.Count > 0 && !unmatched[0].StartsWith('-'))
        {
            // The words after an unknown command are its arguments, not more mistakes.
            return [Unknown("command", unmatched[0], command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))];
        }

        var options = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            options.AddRange(result.Command.Options
                .Where(o => !o.Hidden && (result == parse.CommandResult || o.Recursive))
                .SelectMany(o => o.Aliases.Prepend(o.Name)));
        }

        var messages = new List<string>();
        var afterUnknownOption = false;
        foreach (var token in unmatched)
        {
            if (token.StartsWith('-'))
            {
                messages.Add(Unknown("option", token, options));
                afterUnknownOption = true;
            }
            else if (afterUnknownOption)
            {
                // Most likely the unknown option's value: one message for the two.
                afterUnknownOption = false;
            }
            else
            {
                messages.Add($"unexpected argument '{token}'");
            }
        }

        messages.AddRange(parse.Errors.Select(e => e.Message).Where(m => !IsUnmatchedMessage(m)).Select(OneLine));
        return messages;
    }

    /// <summary>
    /// A parser message on one line: "Must be one of:" is followed by a line per choice, which the error line would
    /// show escaped (a backslash, n, t before each); the choices are listed after it instead, on the line.
    /// </summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length <= 1 ? message : lines[0] + " " + string.Join(", ", lines[1..]);
    }

    /// <summary>The process's working folder, or null when it no longer exists (getcwd fails).</summary>
    private static string? CurrentFolder()
    {
        try
        {
            return Directory.GetCurrentDirectory();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The parser's message for a word it could not place.</summary>
    private static bool IsUnmatchedMessage(string message) => message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal);

    /// <remarks>Short words and aliases are left out of suggestions: "-x" is one edit from "-h" and from "-?".</remarks>
    private static string Unknown(string what, string token, IEnumerable<string> known) =>
        token.Length >= 3 && Text.Suggestions.Closest(token, known.Where(k => k.Length >= 3)) is { } meant
            ? $"unknown {what} '{token}'; did you mean '{meant}'?"
            : $"unknown {what} '{token}'";

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
