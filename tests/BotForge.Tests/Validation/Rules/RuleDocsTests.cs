using System.Globalization;
using System.Text;
using BotForge.Tests.Support;
using BotForge.Validation.Rules;
using Xunit.Sdk;

namespace BotForge.Tests.Validation.Rules;

/// <summary>
/// docs/rules/BFxxxx.md is written from the rule itself (title, why, examples), so docs and tests show the same
/// projects. A missing or stale page fails; BOTFORGE_ACCEPT=1 rewrites them.
/// </summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> Codes => RuleTests.Codes;

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rule_has_a_current_docs_page(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        Match(Repo.Path_("docs", "rules", code + ".md"), Page(rule));
    }

    [Fact]
    public void Rules_index_lists_every_rule()
    {
        var builder = new StringBuilder("# Rules\n\nChecks on the bound bot, run by `botforge validate` and `botforge build`. BF1xxx are errors (the platform\n"
            + "rejects the bot or it breaks at run time); BF2xxx are warnings (quality). Set a level per rule in botforge.yaml,\n"
            + "by code or id, and silence one finding with a comment on its line:\n\n"
            + "```yaml\nlint:\n  rules:\n    min-user-says: { level: off }     # error | warning | info | off\n    BF2002: { level: error }\n  min_user_says: 12               # BF2007: user says per start node (default 10)\n  near_duplicate_similarity: 0.85 # BF2006: similarity from 0.5 to 1 (default 0.8)\n```\n\n"
            + "```yaml\n  - id: LEGACY_MENU   # botforge-disable BF2002\n```\n\n"
            + "| code | id | level | what |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| [{rule.Descriptor.Code}]({rule.Descriptor.Code}.md) | `{rule.Id}` | {rule.Descriptor.Level.ToString().ToLowerInvariant()} | {rule.Descriptor.Title} |\n");
        }

        Match(Repo.Path_("docs", "rules", "README.md"), builder.ToString());
    }

    private static string Page(Rule rule)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"# {rule.Descriptor.Code}: {rule.Descriptor.Title}\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"Id `{rule.Id}` · default level **{rule.Descriptor.Level.ToString().ToLowerInvariant()}** · [all rules](README.md)\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"## Why\n\n{rule.Why.Trim()}\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"## Failing example\n\nReported at `{rule.Failing.At}`.\n\n");
        AppendFiles(builder, rule.Failing);
        builder.Append("## Fixed\n\n");
        AppendFiles(builder, rule.Fixed);
        builder.Append(CultureInfo.InvariantCulture, $"The example projects also contain `entities.yaml` (a dictionary `issue_type`, a regex `order_id`) and `scripts/check.py`.\n");
        return builder.ToString();
    }

    private static void AppendFiles(StringBuilder builder, RuleExample example)
    {
        if (example.Project is { } project)
        {
            builder.Append(CultureInfo.InvariantCulture, $"`botforge.yaml` (after `bot:`):\n\n```yaml\n{project.TrimEnd()}\n```\n\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"`{RuleExamples.Flow}`:\n\n```yaml\n{example.Flow.TrimEnd()}\n```\n\n");
        foreach (var (path, content) in example.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var fence = Path.GetExtension(path) switch { ".py" => "python", ".csv" => "csv", _ => "yaml" };
            builder.Append(CultureInfo.InvariantCulture, $"`{path}`:\n\n```{fence}\n{content.TrimEnd()}\n```\n\n");
        }
    }

    private static void Match(string path, string expected)
    {
        if (Environment.GetEnvironmentVariable("BOTFORGE_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path) || File.ReadAllText(path) != expected)
        {
            throw new XunitException($"{Path.GetRelativePath(Repo.Root, path)} is missing or out of date; run BOTFORGE_ACCEPT=1 dotnet test and commit it");
        }
    }
}
