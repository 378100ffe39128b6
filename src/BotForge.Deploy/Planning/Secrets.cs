using BotForge.Deploy.Releases;
using BotForge.Model;

namespace BotForge.Deploy.Planning;

/// <summary>
/// The values of <c>secret: true</c> env variables at release time: <c>BOTFORGE_SECRET_ENV_NAME</c> (for one
/// environment, e.g. <c>BOTFORGE_SECRET_PRODUCTION_SF_USERNAME</c>), else <c>BOTFORGE_SECRET_NAME</c>, else the
/// <c>--secrets</c> dotenv file. Messages name variables, never values.
/// </summary>
public static class Secrets
{
    /// <summary>The secrets whose value is longer than the platform stores (<see cref="EnvVariable.MaxValueLength"/>), with each value's length: names and lengths only.</summary>
    public static IReadOnlyList<(string Name, int Length)> TooLong(IEnumerable<EnvValue> values) =>
        [.. values.Where(v => v.Secret && v.Value is { Length: > EnvVariable.MaxValueLength }).Select(v => (v.Name, v.Value!.Length))];

    public static IReadOnlyList<EnvValue> EnvValues(BotModel bot, string env, Func<string, string?> environment, IReadOnlyDictionary<string, string>? file, out IReadOnlyList<string> missing)
    {
        var values = new List<EnvValue>();
        var absent = new List<string>();
        foreach (var variable in bot.Env.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            if (!variable.Secret)
            {
                values.Add(new EnvValue(variable.Name, false, env == "production" ? variable.Production : variable.Staging));
                continue;
            }

            // An empty variable counts as unset, as in most shells' ${VAR:-…}.
            var value = Sources(variable.Name, env).Select(environment).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? file?.GetValueOrDefault(variable.Name);
            if (string.IsNullOrEmpty(value))
            {
                absent.Add(variable.Name);
            }
            else
            {
                values.Add(new EnvValue(variable.Name, true, value));
            }
        }

        missing = absent;
        return values;
    }

    /// <summary>The environment variables that give a secret its value for <paramref name="env"/>, in the order they are read.</summary>
    private static string[] Sources(string name, string env) => [$"BOTFORGE_SECRET_{env.ToUpperInvariant()}_{name}", $"BOTFORGE_SECRET_{name}"];

    /// <summary>
    /// Every value the environment gives a secret env variable of <paramref name="bot"/>, for either environment: what
    /// a run must keep out of what it prints, whichever environment it releases.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> InEnvironment(BotModel bot, Func<string, string?> environment) =>
        from variable in bot.Env
        where variable.Secret
        from source in Contract.Environments.SelectMany(env => Sources(variable.Name, env)).Distinct()
        let value = environment(source)
        where !string.IsNullOrEmpty(value)
        select (variable.Name, value!);

    /// <summary>
    /// A dotenv file: <c>NAME=value</c> lines, <c>#</c> comments (whole lines, or after a value), an optional
    /// <c>export </c>, values optionally in single or double quotes (<see cref="DotenvValue"/>). A malformed line is an
    /// error naming the line, never its content.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadDotenv(string path, string shownPath)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? line[..equals].Trim() : string.Empty;
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ReleaseException($"{shownPath}:{i + 1}: not a NAME=value line");
            }

            values[name] = DotenvValue(line[(equals + 1)..].Trim())
                ?? throw new ReleaseException($"{shownPath}:{i + 1}: a quoted value is not closed, or something other than a # comment follows its closing quote");
        }

        return values;
    }

    /// <summary>
    /// A dotenv value as the usual readers (Docker Compose, python-dotenv) read it: in single quotes, as written; in
    /// double quotes, with <c>\n</c>, <c>\t</c>, <c>\r</c>, <c>\"</c> and <c>\\</c> read as what they stand for; either
    /// may be followed by a <c>#</c> comment. Unquoted, up to a <c>#</c> after a space or a tab (<c>value # the
    /// production user</c> is <c>value</c>; <c>pa#ss</c> is itself). Null when a quote is not closed or text follows it.
    /// </summary>
    private static string? DotenvValue(string text)
    {
        if (text.Length > 0 && text[0] is '"' or '\'')
        {
            var quote = text[0];
            var value = new System.Text.StringBuilder();
            var i = 1;
            for (; i < text.Length && text[i] != quote; i++)
            {
                if (quote == '"' && text[i] == '\\' && i + 1 < text.Length && text[i + 1] is 'n' or 't' or 'r' or '"' or '\\')
                {
                    i++;
                    value.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var c => c });
                }
                else
                {
                    value.Append(text[i]);
                }
            }

            var rest = i < text.Length ? text[(i + 1)..].TrimStart() : null;
            return rest is { Length: 0 } || rest?[0] == '#' ? value.ToString() : null;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '#' && text[i - 1] is ' ' or '\t')
            {
                return text[..i].TrimEnd();
            }
        }

        return text;
    }

    /// <summary>The shortest piece of a secret value that <see cref="Redact"/> looks for (the whole value, when shorter).</summary>
    public const int RedactedPiece = 8;

    /// <summary>
    /// <paramref name="text"/> (a message that may quote a server) with every secret value in it replaced by
    /// <c>[secret NAME]</c>: the whole value, or any piece of it of <see cref="RedactedPiece"/> characters or more (a
    /// server that echoes what it was sent may cut or quote part of it). A server's words must never put a secret in a
    /// terminal or a CI log.
    /// </summary>
    public static string Redact(string text, IEnumerable<(string Name, string Value)> secrets)
    {
        var names = new string?[text.Length];
        foreach (var (name, value) in secrets.Where(s => s.Value.Length > 0))
        {
            var shortest = Math.Min(value.Length, RedactedPiece);
            for (var i = 0; i + shortest <= text.Length; i++)
            {
                var longest = 0;
                for (var j = 0; j + shortest <= value.Length && longest < text.Length - i; j++)
                {
                    var k = 0;
                    while (i + k < text.Length && j + k < value.Length && text[i + k] == value[j + k])
                    {
                        k++;
                    }

                    longest = Math.Max(longest, k);
                }

                for (var k = 0; longest >= shortest && k < longest; k++)
                {
                    names[i + k] ??= name;
                }
            }
        }

        if (names.All(n => n is null))
        {
            return text;
        }

        var redacted = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (names[i] is null)
            {
                redacted.Append(text[i]);
            }
            else if (i == 0 || names[i - 1] is null)
            {
                redacted.Append("[secret ").Append(names[i]).Append(']');
            }
        }

        return redacted.ToString();
    }
}
