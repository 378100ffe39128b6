using System.Globalization;
using System.Text;
using BotForge.Simulation.Code;
using BotForge.Simulation.Engine;
using BotForge.Text;

namespace BotForge.Simulation.Testing;

/// <summary>
/// A conversation as the studio's debug log would show it: per turn the user's message, how it was understood
/// (with confidence and the nearest example), entities found, the path taken, each code run with its output and
/// requests, what the bot said, and the state after; failed expectations under their turn.
/// </summary>
public static class TranscriptWriter
{
    public static string Write(ConversationResult result)
    {
        var text = new StringBuilder();
        var location = result.Conversation.Location;
        text.Append(CultureInfo.InvariantCulture, $"{(result.Passed ? "PASS" : "FAIL")} {P(result.Conversation.Name)}  ({P(location.File.Path)}:{location.Start.Line})\n");
        for (var i = 0; i < result.Transcript.Count; i++)
        {
            text.Append(Turn(i + 1, result.Transcript[i], result.Conversation.Settings.Http));
            foreach (var failure in result.Failures.Where(f => f.Turn == i + 1))
            {
                text.Append("     ✗ ").Append(P(failure.Message)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <param name="number">The turn's number in the conversation.</param>
    /// <param name="turn">What happened.</param>
    /// <param name="answers">The test's answers to scripts' own requests, to name the one a request none answered was likeliest meant for.</param>
    public static string Turn(int number, TurnTrace turn, IReadOnlyList<HttpAnswer>? answers = null)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"  {number,2} user: {P(turn.User)}\n");
        text.Append("     understood: ").Append(P(Understood(turn))).Append('\n');
        if (turn.Found.Count > 0)
        {
            text.Append("     found: ").Append(P(string.Join(", ", turn.Found.Select(f => $"{f.Key} = '{f.Value}'")))).Append('\n');
        }

        foreach (var step in turn.Path)
        {
            text.Append("     path: ").Append(P(step)).Append('\n');
        }

        foreach (var code in turn.Code)
        {
            text.Append(CultureInfo.InvariantCulture, $"     code: {code.Node} ran in {code.Elapsed.TotalMilliseconds:0} ms");
            text.Append(P(code.Error is null ? $"; output {code.Output?.ToJsonString()}" : $"; failed: {code.Error.ReplaceLineEndings(" | ")}")).Append('\n');
            foreach (var request in code.Requests)
            {
                // A script's own request shows its body as sent; the integration service's, the fields the action sent.
                var sent = request.Action is null ? Printable.Shorten(request.Body.ReplaceLineEndings(" "), 200)
                    : string.Join(", ", TestRunner.Sent(request).Select(f => $"{f.Key}='{f.Value}'"));
                text.Append(string.Create(CultureInfo.InvariantCulture, $"       request: {request.Method} {P(request.Path)} {P(sent)}").TrimEnd()).Append('\n');
                if (!request.Answered)
                {
                    text.Append(CultureInfo.InvariantCulture, $"       not answered: no http: answer of this test is for {request.Method} {P(request.Path)}, so it got 404 (a test never reaches the network)");
                    text.Append(P(Meant(request, answers ?? []) is { } meant
                        ? $"; the closest answer is for {meant.Method ?? "any method"} {meant.Url}" + (meant.Method is { } method && method != request.Method && SameUrl(meant.Url, request) ? $", not {request.Method}" : string.Empty)
                        : string.Empty)).Append('\n');
                }
            }

            if (code.Printed.Length > 0)
            {
                text.Append("       printed: ").Append(P(code.Printed.Trim().ReplaceLineEndings(" | "))).Append('\n');
            }
        }

        if (turn.BrokeAfter is not null)
        {
            text.Append("     note: bot break: ").Append(P(turn.Note ?? string.Empty)).Append('\n');
        }

        foreach (var note in turn.Notes)
        {
            text.Append("     note: ").Append(P(note)).Append('\n');
        }

        foreach (var line in turn.BotSays)
        {
            text.Append("     bot: ").Append(P(line.ReplaceLineEndings(" / "))).Append('\n');
        }

        if (turn.BotSays.Count == 0)
        {
            text.Append("     bot: (nothing)\n");
        }

        text.Append("     now: ").Append(turn.Node ?? "no node");
        if (turn.Entities.Count > 0)
        {
            text.Append("; entities ").Append(P(string.Join(", ", turn.Entities.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} = '{e.Value}'"))));
        }

        return text.Append('\n').ToString();
    }

    /// <summary>
    /// The answer a request no answer matched was likeliest meant for: one for its URL with another method, one for
    /// its path on another host (a URL built from an env variable, whose value in tests is the staging one), or one
    /// whose URL is a few characters off.
    /// </summary>
    private static HttpAnswer? Meant(ServiceRequest request, IReadOnlyList<HttpAnswer> answers)
    {
        var url = request.PathWithoutQuery;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var wanted) && wanted.AbsolutePath != "/" ? wanted.AbsolutePath : null;
        return answers.FirstOrDefault(a => SameUrl(a.Url, request))
            ?? answers.FirstOrDefault(a => path is not null && (a.Method is null || a.Method == request.Method)
                && Uri.TryCreate(WithoutQuery(a.Url), UriKind.Absolute, out var other) && other.AbsolutePath == path)
            ?? answers.Where(a => a.Method is null || a.Method == request.Method)
                .Select(a => (Answer: a, Distance: Suggestions.Distance(WithoutQuery(a.Url), url)))
                .Where(c => c.Distance <= Math.Max(3, url.Length / 8))
                .OrderBy(c => c.Distance).Select(c => c.Answer).FirstOrDefault();
    }

    /// <summary>An answer for the request's URL (as the runner matches one), or for it with another query.</summary>
    private static bool SameUrl(string answer, ServiceRequest request) => request.IsFor(answer) || WithoutQuery(answer) == request.PathWithoutQuery;

    private static string WithoutQuery(string url) => url.Split('?', 2)[0];

    /// <summary>Author and user text as printable: no control character acts on the terminal or forges a line.</summary>
    private static string P(string text) => Printable.Escape(text);

    /// <summary>How the message was understood: for a break further on (a script that failed), what it was understood as before, the break being a note.</summary>
    internal static string Understood(TurnTrace turn)
    {
        var confidence = turn.Confidence is { } c ? $" (confidence {c.ToString("0.00", CultureInfo.InvariantCulture)}" + (turn.NearestExample is { } n ? $", nearest '{n}')" : ")") : string.Empty;
        var (how, note) = turn.BrokeAfter ?? (turn.How, turn.Note);
        return how switch
        {
            Detection.Connection => $"connection to {turn.Detected}{confidence}",
            Detection.StartNode => $"start node {turn.Detected?.Replace("node:", string.Empty, StringComparison.Ordinal)}{(note is { } by ? " " + by : string.Empty)}{confidence}",
            Detection.Faq => $"FAQ {turn.Detected?.Replace("faq:", string.Empty, StringComparison.Ordinal)}{confidence}",
            Detection.EntityAnswer => $"the {turn.Detected} asked for",
            Detection.Reprompt => $"not the {turn.Detected} asked for: reprompt",
            _ => $"bot break: {note}{confidence}",
        };
    }
}
