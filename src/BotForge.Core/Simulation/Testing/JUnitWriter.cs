using System.Globalization;
using System.Xml.Linq;

namespace BotForge.Simulation.Testing;

/// <summary>JUnit XML for CI: one test case per conversation (class name: its file), a failure with the transcript.</summary>
public static class JUnitWriter
{
    /// <summary>The <c>type</c> of every failure: a conversation did not go as its test expects.</summary>
    public const string FailureType = "ConversationFailed";

    public static string Write(string botId, IReadOnlyList<ConversationResult> results)
    {
        static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        var suite = new XElement("testsuite",
            new XAttribute("name", botId),
            new XAttribute("tests", results.Count),
            new XAttribute("failures", results.Count(r => !r.Passed)),
            new XAttribute("errors", 0),
            new XAttribute("time", Seconds(TimeSpan.FromTicks(results.Sum(r => r.Elapsed.Ticks)))));
        foreach (var result in results)
        {
            var test = new XElement("testcase",
                new XAttribute("classname", result.Conversation.Location.File.Path),
                new XAttribute("name", Clean(result.Conversation.Name)),
                new XAttribute("time", Seconds(result.Elapsed)));
            if (!result.Passed)
            {
                test.Add(new XElement("failure",
                    new XAttribute("type", FailureType),
                    new XAttribute("message", Clean(string.Join("; ", result.Failures.Select(f => $"turn {f.Turn}: {f.Message}")))),
                    Clean(TranscriptWriter.Write(result))));
            }

            suite.Add(test);
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("testsuites", suite).ToString().ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Text XML can hold: characters XML forbids (most control characters) become U+FFFD.</summary>
    private static string Clean(string text) =>
        string.Concat(text.Select(c => System.Xml.XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'));
}
