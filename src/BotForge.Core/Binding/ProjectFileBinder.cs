using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>Binds botforge.yaml: env first (integrations read it), then business, integrations, taskbox and lint.</summary>
internal sealed class ProjectFileBinder(BindContext context, TextBinder texts)
{
    public IReadOnlyList<EnvVariable> Env(YamlMapping root)
    {
        var result = new List<EnvVariable>();
        if (root["env"] is not YamlMapping env)
        {
            return result;
        }

        foreach (var entry in env.Entries)
        {
            var name = entry.Key.Value;
            var variable = entry.Value switch
            {
                YamlScalar s => new EnvVariable(name, false, s.Value, s.Value, null, context.At(entry.Key)),
                YamlMapping m when BindContext.Bool(m["secret"], false) => new EnvVariable(name, true, null, null, BindContext.Str(m["description"]), context.At(entry.Key)),
                YamlMapping m => new EnvVariable(name, false, BindContext.Str(m["staging"]), BindContext.Str(m["production"]), BindContext.Str(m["description"]), context.At(entry.Key)),
                _ => null,
            };
            if (variable is not null)
            {
                result.Add(variable);
                context.Env[name] = variable;
            }
        }

        return result;
    }

    public Business Business(YamlMapping root)
    {
        var business = root["business"] as YamlMapping;
        var channels = BindContext.Items(business?["channels"]).Select(BindContext.Str).OfType<string>().Select(Channels.Meant).Distinct().ToList();
        return new Business(
            BindContext.Bool(business?["human_assistance"], false),
            BindContext.Bool(business?["small_talk"], false),
            channels.Count == 0 ? ["web"] : channels,
            texts.Text(business?["bot_break_message"], PlaceholderScope.Global));
    }

    public SalesforceIntegration? Salesforce(YamlMapping root)
    {
        if ((root["integrations"] as YamlMapping)?["salesforce"] is not YamlMapping sf)
        {
            return null;
        }

        var baseUrl = Setting(sf, "base_url", credential: false);
        var username = Setting(sf, "username", credential: true);
        var clientId = Setting(sf, "client_id", credential: true);
        var privateKey = Setting(sf, "private_key", credential: true);
        var timeout = ScalarTyping.Number(sf["timeout_seconds"]) ?? SalesforceIntegration.DefaultTimeoutSeconds;
        return baseUrl is null || username is null || clientId is null || privateKey is null
            ? null
            : new SalesforceIntegration(baseUrl, username, clientId, privateKey, timeout, context.At(sf));
    }

    public Taskbox? Taskbox(YamlMapping root)
    {
        if (root["taskbox"] is not YamlMapping taskbox)
        {
            return null;
        }

        var tasks = new List<TaskboxTask>();
        foreach (var task in BindContext.Mappings(taskbox["tasks"]))
        {
            var title = texts.Text(task["title"], PlaceholderScope.Global);
            var userSays = texts.Text(task["user_says"], PlaceholderScope.Global);
            if (title is not null && userSays is not null)
            {
                tasks.Add(new TaskboxTask(title, userSays, context.Url(task["icon"]), BindContext.Bool(task["visible"], true), context.At(task)));
            }
        }

        return new Taskbox(texts.Text(taskbox["header"], PlaceholderScope.Global), tasks, context.At(taskbox));
    }

    /// <summary><c>nlu: { threshold }</c>; the schema check has reported a value that is not a number from 0 to 1.</summary>
    public static double? NluThreshold(YamlMapping root) =>
        root["nlu"] is YamlMapping nlu && ScalarTyping.Number(nlu["threshold"]) is { } d && d is >= 0 and <= 1 ? d : null;

    public LintSettings Lint(YamlMapping root)
    {
        if (root["lint"] is not YamlMapping lint)
        {
            return LintSettings.Default;
        }

        var levels = new Dictionary<string, LintLevel>(StringComparer.Ordinal);
        if (lint["rules"] is YamlMapping rules)
        {
            foreach (var entry in rules.Entries)
            {
                // A level, or { level: ... } (the platform's format writes the second; the schema checks both).
                if ((entry.Value as YamlScalar ?? (entry.Value as YamlMapping)?["level"]) is YamlScalar level)
                {
                    levels[entry.Key.Value] = new LintLevel(level.Value, context.At(entry.Key));
                }
            }
        }

        // Values out of the schema's range are reported there (BF0106) and not used: a similarity of -1 made BF2006 throw.
        return new LintSettings(levels,
            ScalarTyping.WholeNumber(lint["min_user_says"]) is { } min and >= 0 ? min : null,
            ScalarTyping.Number(lint["near_duplicate_similarity"]) is { } similarity and >= 0.5 and <= 1 ? similarity : null);
    }

    private Model.TextTemplate? Setting(YamlMapping sf, string key, bool credential)
    {
        if (sf[key] is not YamlScalar scalar || BindContext.Str(scalar) is null)
        {
            return null;
        }

        var template = texts.Template(scalar, PlaceholderScope.Integration);
        if (!credential)
        {
            return template;
        }

        // Credentials are exactly one ${env.X} whose variable is secret: never a literal in git.
        if (template.Parts is not [PlaceholderPart { Kind: PlaceholderKind.Env } only])
        {
            context.Report(template.Parts.OfType<PlaceholderPart>().Any()
                ? BindingDiagnostics.EnvValueShape(context.At(scalar), key)
                : BindingDiagnostics.LiteralCredential(context.At(scalar), key));
        }
        else if (context.Env.TryGetValue(only.Key, out var variable) && !variable.Secret)
        {
            context.Report(BindingDiagnostics.LiteralCredential(only.Location, key));
        }

        return template;
    }
}
