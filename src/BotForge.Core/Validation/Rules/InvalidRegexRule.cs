using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Python;

namespace BotForge.Validation.Rules;

/// <summary>A regex entity whose pattern .NET cannot compile, or that Python's <c>re</c> (the platform's fallback) rejects or reads differently.</summary>
public sealed class InvalidRegexRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1024", DiagnosticLevel.Error, "Regex that does not compile, or is not valid for Python");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "invalid-regex";

    public override string Why => """
        The platform extracts regex entities with Python's `regex` library (its regex detector falls back to Python's own `re` where that library is not installed), and BotForge's own tools (conversation tests) use .NET's engine, reading the pattern as the library does. A pattern must therefore mean the same in all three: one that fails to compile breaks extraction for every user, and one in .NET-only syntax — `(?<name>...)` groups, `\p{L}` categories, atomic groups, `\z` — is rejected by Python 3.6's `re` or silently matches something else. The library is used in its version 1, where a class has set operations and nested sets: `[^[]`, `[[:digit:]]` and `[a&&b]` mean other things there than in `re` (or do not compile), so write `\[` and `\&` for the characters. Use the common subset: groups (Python's named `(?P<name>...)` and `(?P=name)` included, which BotForge reads as .NET writes them), explicit character classes, `\d \w \s`, fixed-width look-behind. Write a pattern in single quotes, where a backslash is itself: in double quotes YAML reads `"\b"` as a backspace, so a pattern written `"\bORD\d{6}\b"` compiles and never matches (reported here), and `"\d"` is no escape of YAML's at all (BF0010).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [my order]
            entities:
              - entity: order_id
                prompt: Which one?
        """, At: "entities.yaml:4:14")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: order_id
                    type: regex
                    pattern: '(?<number>[A-Z]{3}\d{6})'
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix(@"(?<number>[A-Z]{3}\d{6})", @"([A-Z]{3}\d{6})");

    public override void Check(RuleContext context)
    {
        foreach (var entity in context.Bot.Entities.Where(e => e.Type == EntityType.Regex && e.Pattern is not null))
        {
            // In YAML's double quotes "\b" is a backspace: the pattern compiles, and never matches what users type.
            if (entity.Pattern!.Contains('\b', StringComparison.Ordinal))
            {
                var meant = entity.Pattern.Replace("\b", "\\b", StringComparison.Ordinal);
                context.Report(entity.PatternLocation ?? entity.NameLocation,
                    $"the pattern of {entity.Name} holds a backspace character where '\\b' is written: in double quotes YAML reads \"\\b\" as a backspace, not as the regex's word boundary, so the pattern never matches what users type",
                    meant.Contains('\n', StringComparison.Ordinal) || meant.Length > 100
                        ? "write the pattern in single quotes, where a backslash is itself"
                        : $"write the pattern in single quotes, where a backslash is itself: pattern: '{meant.Replace("'", "''", StringComparison.Ordinal)}'");
                continue;
            }

            if (Diagnosis(entity.Pattern!) is var (problem, reader))
            {
                context.Report(entity.PatternLocation ?? entity.NameLocation, $"the pattern of {entity.Name} {problem}",
                    reader == PythonRegex.RegexLibrary
                        ? "test it with Python's regex library, compiled with regex.V1, and keep to syntax it shares with re"
                        : "test it with Python's re and keep to syntax both engines share");
            }
        }
    }

    /// <summary>What is wrong with a pattern, as the end of a sentence, or null.</summary>
    public static string? Problem(string pattern) => Diagnosis(pattern)?.Problem;

    /// <summary>
    /// What is wrong with a pattern, as the end of a sentence, and the reader that reads it otherwise (<see cref="PythonRegex.Finding.Reader"/>;
    /// for a pattern .NET cannot compile, the reader of what the check finds in it, else Python's re); null when nothing is.
    /// </summary>
    private static (string Problem, string Reader)? Diagnosis(string pattern)
    {
        try
        {
            _ = new Regex(PythonRegex.ForDotNet(pattern), RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (RegexParseException e)
        {
            var reason = e.Message;
            var dot = reason.IndexOf(". ", reason.LastIndexOf("at offset", StringComparison.Ordinal) is var at and >= 0 ? at : 0, StringComparison.Ordinal);
            reason = dot >= 0 ? reason[(dot + 2)..].TrimEnd('.') : reason;
            return ($"does not compile: {reason} (offset {e.Offset})", PythonRegex.Check(pattern)?.Reader ?? PythonRegex.PythonRe);
        }

        return PythonRegex.Check(pattern) is { } finding ? ($"is not valid for {finding.Reader}: {finding.Message} (offset {finding.Offset})", finding.Reader) : null;
    }
}
