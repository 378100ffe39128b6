using System.CommandLine;
using BotForge.Cli.Arguments;
using BotForge.Cli.Output;
using BotForge.Diff;
using BotForge.Project;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge diff OLD NEW [--format markdown|json|text]</c>: what a change does to the bot, for reviewers.</summary>
internal static class DiffCommand
{
    public static Command Create(CliIO io)
    {
        var old = new Argument<string>("OLD") { Description = "The bot before: a project folder, or REVISION:PATH in git (main:bots/acme-support)." };
        var @new = new Argument<string>("NEW") { Description = "The bot after: a project folder, or REVISION:PATH in git." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default), markdown (a pull-request comment, with a Mermaid picture) or json (schemas/diff.schema.json).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("diff", "Show what changed between two versions of a bot: nodes, texts, connections, mappings, settings, and the risks.") { old, @new, format };
        command.SetAction(parse => Run(io, parse.GetValue(old)!, parse.GetValue(@new)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliIO io, string oldSpec, string newSpec, string format)
    {
        using var oldSource = ProjectSource.Open(io, oldSpec, out var oldError);
        using var newSource = ProjectSource.Open(io, newSpec, out var newError);
        if (oldSource is null || newSource is null)
        {
            io.Fail((oldError ?? newError)!);
            return ExitCodes.BadInput;
        }

        // The two sides are compiled side by side, and usually differ in a few files: each file text is parsed and
        // schema-checked once for both.
        var shared = new SharedWork();
        var oldRun = Task.Run(() => Compile(io, oldSource, shared));
        var newRun = Task.Run(() => Compile(io, newSource, shared));
        var (oldCompilation, oldDiagnostics) = oldRun.GetAwaiter().GetResult();
        var (newCompilation, newDiagnostics) = newRun.GetAwaiter().GetResult();
        foreach (var (compilation, diagnostics, side) in new[] { (oldCompilation, oldDiagnostics, oldSource.Display), (newCompilation, newDiagnostics, newSource.Display) })
        {
            if (compilation.Model is null)
            {
                DiagnosticPrinter.Print(io, diagnostics, DiagnosticFormat.Text);
                return ExitCodes.BadInput;
            }

            // A file that does not parse is missing from its side's bot: compared, its nodes would show as removed.
            if (compilation.Sources?.Complete == false)
            {
                DiagnosticPrinter.Print(io, diagnostics, DiagnosticFormat.Text);
                io.Fail($"{side} has a file that could not be read or parsed; compared, its nodes would show as removed or added");
                return ExitCodes.BadInput;
            }
        }

        var diff = BotDiffer.Compare(
            new DiffInput(oldSource.Display, oldCompilation.Model!, oldDiagnostics),
            new DiffInput(newSource.Display, newCompilation.Model!, newDiagnostics));
        io.Out.Write(format switch
        {
            "json" => DiffJson.Write(diff),
            "markdown" => DiffReport.Write(diff, oldCompilation.Model!, newCompilation.Model!, DiffReportFormat.Markdown),
            _ => DiffReport.Write(diff, oldCompilation.Model!, newCompilation.Model!, DiffReportFormat.Text),
        });
        return ExitCodes.Success;
    }

    private static (Compilation Compilation, IReadOnlyList<BotForge.Diagnostics.Diagnostic> Diagnostics) Compile(CliIO io, ProjectSource source, SharedWork shared)
    {
        var compilation = Compilation.Create(source.Path, source.Display, Path.Join(source.Path, "dist"), io.Cache, io.Limits, shared);
        return (compilation, compilation.Validate());
    }
}
