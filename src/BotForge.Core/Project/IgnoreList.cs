using System.Text;
using System.Text.RegularExpressions;
using BotForge.Parsing;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Project;

/// <summary>
/// botforge.yaml's <c>ignore:</c>, the YAML files outside the bot's layout that belong to other tools
/// (docker-compose.yml, mkdocs.yml, ops/**): paths from the project folder, <c>*</c> within a name, <c>**</c> across
/// folders, <c>?</c> one character. It never drops a file of the layout.
/// </summary>
public sealed class IgnoreList
{
    private readonly List<Regex> _patterns;

    private IgnoreList(List<Regex> patterns) => _patterns = patterns;

    public static readonly IgnoreList None = new([]);

    /// <summary>Whether <paramref name="relative"/> (with '/') is one of them.</summary>
    public bool Ignores(string relative) => _patterns.Exists(p => p.IsMatch(relative));

    /// <summary>
    /// The list botforge.yaml's text writes. None when it has none, or cannot be read: the schema check and binding
    /// report what is wrong with it, and every stray file stays an error meanwhile.
    /// </summary>
    public static IgnoreList Of(string projectFileText, Limits limits)
    {
        // Most bots have no list: their botforge.yaml is not parsed a second time for it.
        if (!projectFileText.Contains("ignore", StringComparison.Ordinal))
        {
            return None;
        }

        var root = YamlParser.Parse(new SourceFile("botforge.yaml", projectFileText), new Diagnostics.DiagnosticBag(), limits);
        if (root is not YamlMapping map || map["ignore"] is not YamlSequence list)
        {
            return None;
        }

        return new([.. list.Items.OfType<YamlScalar>().Select(s => s.Value).Where(v => v.Length > 0).Select(Pattern)]);
    }

    /// <summary>A pattern as a regular expression over a whole path.</summary>
    internal static Regex Pattern(string written)
    {
        var pattern = written.StartsWith("./", StringComparison.Ordinal) ? written[2..] : written.TrimStart('/');
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern.AsSpan(i).StartsWith("**/"))
            {
                regex.Append("(?:.*/)?");
                i += 2;
            }
            else if (pattern.AsSpan(i).StartsWith("**"))
            {
                regex.Append(".*");
                i++;
            }
            else
            {
                regex.Append(pattern[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
