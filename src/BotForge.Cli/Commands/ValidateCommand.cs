using System.CommandLine;
using BotForge.Cli.Output;
using BotForge.Simulation.Testing;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge validate PROJECT [--format …]</c>: every check of the bot and of its conversation tests, no output files.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (the one with botforge.yaml).");
        var format = FormatOption.Create();
        var command = new Command("validate", "Check a bot and report every problem; writes nothing in the project.") { project, format };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(format)));
        return command;
    }

    private static int Run(CliIO io, string project, DiagnosticFormat format)
    {
        var compilation = io.Compile(project);
        // The conversation tests are checked against the bot too, as `test` checks them before running any (and as
        // the editor shows them): a test naming a node that was renamed is an error here, not only at `test` time.
        TestBinder.Check(compilation.Sources, compilation.Model, compilation.Diagnostics);
        var diagnostics = compilation.Validate();
        DiagnosticPrinter.Print(io, diagnostics, format);
        if (format == DiagnosticFormat.Text)
        {
            var bot = compilation.Model?.Bot.Id ?? project;
            io.Error.Write($"{bot}: {TextFormatter.Summary(diagnostics)}\n");
        }

        return DiagnosticPrinter.ExitCode(diagnostics);
    }
}
