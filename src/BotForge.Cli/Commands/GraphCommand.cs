using System.CommandLine;
using BotForge.Cli.Output;
using BotForge.Graph;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge graph PROJECT [--story S] [--format mermaid|dot]</c>: the conversation as a flowchart.</summary>
internal static class GraphCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (the one with botforge.yaml).");
        var story = new Option<string?>("--story", "-s") { Description = "Draw only this story (its id: the folder name under stories/)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "mermaid (default; paste into Markdown) or dot (Graphviz: botforge graph BOT -f dot | dot -Tsvg > bot.svg).",
            DefaultValueFactory = _ => "mermaid",
        };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var command = new Command("graph", "Draw the bot (or one story) as a flowchart: node types by shape, start nodes bold, conditions on the edges.") { project, story, format };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(story), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliIO io, string project, string? story, string format)
    {
        var compilation = io.Compile(project);
        var diagnostics = compilation.Validate();
        if (compilation.Model is not { } model)
        {
            DiagnosticPrinter.Print(io, diagnostics, DiagnosticFormat.Text);
            return DiagnosticPrinter.ExitCode(diagnostics);
        }

        if (story is not null && model.Stories.All(s => s.Id != story))
        {
            io.Fail($"the bot has no story '{story}'; its stories: {string.Join(", ", model.Stories.Select(s => s.Id))}");
            return ExitCodes.BadInput;
        }

        // A bot with errors is still drawn as far as it could be read: the picture often shows the mistake.
        DiagnosticPrinter.Print(io, diagnostics.Where(d => d.IsError).ToList(), DiagnosticFormat.Text);
        var chart = Flowchart.Of(model, story);
        io.Out.Write(format == "dot" ? DotWriter.Write(chart, story ?? model.Bot.Id) : MermaidWriter.Write(chart));
        return DiagnosticPrinter.ExitCode(diagnostics);
    }
}
