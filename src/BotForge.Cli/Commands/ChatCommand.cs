using System.CommandLine;
using System.Globalization;
using BotForge.Cli.Output;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Simulation.Nlu;
using BotForge.Simulation.Testing;
using BotForge.Text;

namespace BotForge.Cli.Commands;

/// <summary><c>botforge chat PROJECT [--trace] [--salesforce ACTION=STATUS] [--language LANG]</c>: talk to the bot in the terminal.</summary>
internal static class ChatCommand
{
    public static Command Create(CliIO io)
    {
        var project = ProjectArgument.Create(io, "The bot project folder (the one with botforge.yaml).");
        var trace = new Option<bool>("--trace") { Description = "After each answer, show how the message was understood (as the studio's debug log does)." };
        var salesforce = new Option<string[]>("--salesforce")
        {
            Description = "How the stand-in Salesforce service answers, e.g. create_case=503, get_contact=404 or get_record=404 (default: success). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var language = new Option<string?>("--language") { Description = "The language you write in and the bot answers in: one of bot.languages (default: the first)." };
        var channel = new Option<string?>("--channel") { Description = "The channel you chat on, which picks the responses' variants: one of business.channels (default: the first)." };
        var command = new Command("chat", "Chat with the bot in the terminal, with the engine 'botforge test' uses. /attach FILE sends a file, /reset starts over, /quit ends.") { project, trace, salesforce, language, channel };
        command.SetAction(parse => Run(io, parse.GetValue(project)!, parse.GetValue(trace), parse.GetValue(salesforce) ?? [], parse.GetValue(language), parse.GetValue(channel)));
        return command;
    }

    private static int Run(CliIO io, string project, bool trace, string[] salesforce, string? language, string? channel)
    {
        var answers = new Dictionary<string, ServiceAnswer>(StringComparer.Ordinal);
        foreach (var setting in salesforce)
        {
            var parts = setting.Split('=', 2);
            if (parts.Length != 2 || parts[0] is not ("create_case" or "get_contact" or "get_record") || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 100 or > 599)
            {
                io.Fail($"--salesforce takes ACTION=STATUS with ACTION create_case, get_contact or get_record and an HTTP status, not '{setting}'");
                return ExitCodes.BadInput;
            }

            answers[parts[0]] = status is >= 200 and < 300
                ? (parts[0] == "create_case" ? ServiceAnswer.CaseCreated : ServiceAnswer.ContactFound) with { Status = status }
                : new ServiceAnswer(status, null);
        }

        var compilation = io.Compile(project);
        // Every user say will be embedded: on a cold cache the model loads while the project compiles.
        compilation.Encoder.LoadAheadWhenCold();
        // Python starts (when the bot has code nodes) while the rules run and the messages are embedded.
        var runner = new CodeRunner();
        _ = compilation.Bound.ContinueWith(bound => ConversationEngine.Prepare(bound.Result, runner), TaskScheduler.Default);
        var diagnostics = compilation.Validate();
        if (compilation.Model is not { } model || diagnostics.Any(d => d.IsError))
        {
            DiagnosticPrinter.Print(io, diagnostics, DiagnosticFormat.Text);
            return DiagnosticPrinter.ExitCode(diagnostics);
        }

        if (language is not null && !model.Bot.Languages.Contains(language, StringComparer.Ordinal))
        {
            io.Fail($"the bot does not speak '{language}' (bot.languages: {string.Join(", ", model.Bot.Languages)})");
            return ExitCodes.BadInput;
        }

        if (channel is not null && !model.Business.Channels.Contains(channel, StringComparer.Ordinal))
        {
            io.Fail($"the bot is not on '{channel}' (business.channels: {string.Join(", ", model.Business.Channels)})");
            return ExitCodes.BadInput;
        }

        var intents = new Intents(model, compilation.Encoder, language: language);
        var settings = new ConversationSettings
        {
            Answers = answers, Today = DateOnly.FromDateTime(DateTime.Today), Language = language, Channel = channel ?? ConversationSettings.DefaultChannel(model),
        };
        var engine = new ConversationEngine(model, intents, runner, settings);
        io.Out.Write($"Chatting with {model.Bot.Name} ({model.Bot.Id}). /attach FILE sends a file, /reset starts over, /quit ends.\n");
        var turn = 0;
        while (true)
        {
            // At a terminal, a prompt before each line; from a pipe, each line echoed after it, so the output reads as a transcript.
            if (io.Interactive)
            {
                io.Out.Write("you> ");
                io.Out.Flush();
            }

            var line = io.In.ReadLine();
            if (line is null || line.Trim() == "/quit")
            {
                io.Out.Write(io.Interactive ? "\n" : string.Empty);
                return ExitCodes.Success;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (!io.Interactive)
            {
                io.Out.Write("you> " + Printable.Escape(line) + "\n");
            }

            if (line.Trim() == "/reset")
            {
                engine = new ConversationEngine(model, intents, runner, settings);
                turn = 0;
                io.Out.Write("(new conversation)\n");
                continue;
            }

            // "/attach dent.jpg here it is": a file sent with a message, as a test's attachment: sends one.
            Attachment? attachment = null;
            if (line.TrimStart().StartsWith("/attach", StringComparison.Ordinal))
            {
                var words = line.Trim()["/attach".Length..].Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
                attachment = words.Length > 0 ? Attachment.Of(words[0]) : null;
                if (attachment is null)
                {
                    io.Out.Write("(/attach FILE [message]: a file name whose extension is of an image, a document or a video, such as dent.jpg)\n");
                    continue;
                }

                line = words.Length > 1 ? words[1] : string.Empty;
            }

            var said = engine.Say(line, attachment);
            foreach (var message in said.BotSays)
            {
                io.Out.Write("bot> " + Printable.Escape(message.ReplaceLineEndings(" / ")) + "\n");
                if (message == "{taskbox}" && engine.Taskbox() is { } taskbox)
                {
                    io.Out.Write("     " + taskbox + "\n");
                }
            }

            if (trace)
            {
                io.Out.Write(TranscriptWriter.Turn(++turn, said));
            }

            io.Out.Flush();
        }
    }
}
