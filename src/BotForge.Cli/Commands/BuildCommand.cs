using System.CommandLine;
using BotForge.Cli.Output;
using BotForge.Emit;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge build PROJECT [--out DIR]</c>: validate, then write bot.json, faq.csv, scripts and manifest.json.</summary>
internal static class BuildCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (the one with botforge.yaml).");
        var output = new Option<string?>("--out", "-o") { Description = "Output folder. Default: PROJECT/dist. Replaced as a whole, only when the build succeeds." };
        var format = FormatOption.Create();
        var command = new Command("build", "Validate a bot and write its platform bundle.") { project, output, format };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(output), parse.GetValue(format)));
        return command;
    }

    private static int Run(CliIO io, string project, string? outOption, DiagnosticFormat format)
    {
        var projectPath = io.Resolve(project);
        var outDisplay = outOption ?? Path.Join(project, "dist").Replace('\\', '/');
        var outPath = io.Resolve(outDisplay);
        var compilation = Compilation.Create(projectPath, project, outPath, io.Cache, io.Limits);
        var diagnostics = compilation.Validate();
        var files = compilation.Emit();
        if (files is not null && OutputFolder.Write(outPath, outDisplay, files, compilation.Diagnostics, projectPath))
        {
            DiagnosticPrinter.Print(io, diagnostics, format);
            if (format == DiagnosticFormat.Text)
            {
                io.Out.Write($"Built {compilation.Model!.Bot.Id} into {outDisplay} ({files.Count} files; {TextFormatter.Summary(diagnostics)})\n");
            }

            return ExitCodes.Success;
        }

        diagnostics = compilation.Diagnostics.ToSortedList();
        DiagnosticPrinter.Print(io, diagnostics, format);
        if (format == DiagnosticFormat.Text)
        {
            io.Error.Write($"Build failed: {TextFormatter.Summary(diagnostics)}; nothing was written.\n");
        }

        return DiagnosticPrinter.ExitCode(diagnostics);
    }
}
