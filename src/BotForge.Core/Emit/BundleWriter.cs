using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Analysis;
using BotForge.Model;

namespace BotForge.Emit;

/// <summary>Writes bot.json, the bundle the platform imports (schemas/bundle.schema.json).</summary>
internal sealed class BundleWriter(BotModel bot)
{
    public const string Format = "botforge.bundle/1";

    private readonly HslWriter _hsl = new(bot);

    /// <summary>
    /// The bundle as JSON text. Nodes are written as they are built, each one's JSON tree dropped once written:
    /// a tree of the whole bundle (hundreds of megabytes at 50,000 nodes) outlived several garbage collections,
    /// each of which copied it. The bytes are those of the whole tree written at once.
    /// </summary>
    public byte[] Write(IReadOnlyDictionary<string, string> scriptPaths, IReadOnlyDictionary<string, string> scriptSources, bool hasFaq) => JsonText.ToBytes(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        Property(writer, "partner", bot.Bot.Partner);
        Property(writer, "business", Business());
        Property(writer, "bot", new JsonObject
        {
            ["id"] = bot.Bot.Id,
            ["name"] = bot.Bot.Name,
            ["description"] = bot.Bot.Description,
            ["languages"] = HslWriter.Strings(bot.Bot.Languages),
            ["default_language"] = bot.Bot.DefaultLanguage,
        });
        Property(writer, "env_variables", new JsonArray([.. bot.Env.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => (JsonNode)Env(e))]));
        Property(writer, "integrations", Integrations());
        Property(writer, "entities", new JsonArray([.. bot.Entities.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => (JsonNode)Entity(e))]));
        writer.WriteStartArray("stories");
        foreach (var story in bot.Stories)
        {
            writer.WriteStartObject();
            writer.WriteString("id", story.Id);
            writer.WriteStartArray("sub_stories");
            foreach (var subStory in story.SubStories)
            {
                writer.WriteStartObject();
                writer.WriteString("id", subStory.Id);
                Property(writer, "name", subStory.Name);
                writer.WriteStartArray("nodes");
                foreach (var node in subStory.Nodes)
                {
                    Node(node, scriptPaths, scriptSources).WriteTo(writer);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Property(writer, "faq", hasFaq ? new JsonObject { ["file"] = "faq.csv", ["count"] = bot.Faq.Count } : null);
        writer.WriteEndObject();
    });

    /// <summary>A property as a JSON tree would write it: the value, or null.</summary>
    private static void Property(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    /// <summary>The business settings (also released on their own, before the bot).</summary>
    public JsonObject Business() => new()
    {
        ["human_assistance"] = bot.Business.HumanAssistance,
        ["small_talk"] = bot.Business.SmallTalk,
        ["channels"] = HslWriter.Strings(bot.Business.Channels),
        ["bot_break_message"] = PerLanguage(bot.Business.BotBreakMessage),
        ["taskbox"] = Taskbox(),
    };

    private JsonObject? Taskbox()
    {
        if (bot.Taskbox is not { } taskbox)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var language in bot.Bot.Languages)
        {
            result[language] = new JsonObject
            {
                ["header"] = PlatformText.InOrNull(taskbox.Header, language),
                ["tasks"] = new JsonArray([.. taskbox.Tasks.Select((t, i) => (JsonNode)new JsonObject
                {
                    ["order"] = i + 1,
                    ["title"] = PlatformText.In(t.Title, language),
                    ["user_says"] = PlatformText.In(t.UserSays, language),
                    ["icon"] = t.Icon,
                    ["visible"] = t.Visible,
                })]),
            };
        }

        return result;
    }

    private static JsonObject Env(EnvVariable variable) => variable.Secret
        ? new JsonObject { ["name"] = variable.Name, ["secret"] = true, ["staging"] = null, ["production"] = null }
        : new JsonObject { ["name"] = variable.Name, ["secret"] = false, ["staging"] = variable.Staging, ["production"] = variable.Production };

    private JsonObject? Integrations()
    {
        if (bot.Salesforce is not { } sf)
        {
            return null;
        }

        return new JsonObject
        {
            ["salesforce"] = new JsonObject
            {
                ["base_url"] = PlatformText.Render(sf.BaseUrl),
                ["username"] = PlatformText.Render(sf.Username),
                ["client_id"] = PlatformText.Render(sf.ClientId),
                ["private_key"] = PlatformText.Render(sf.PrivateKey),
                ["timeout_seconds"] = sf.TimeoutSeconds,
            },
        };
    }

    private JsonObject Entity(EntityDefinition entity)
    {
        var result = new JsonObject { ["name"] = entity.Name, ["type"] = entity.Type.ToString().ToLowerInvariant(), ["description"] = entity.Description };
        switch (entity.Type)
        {
            case EntityType.Dictionary:
                result["values"] = Values(entity);
                break;
            case EntityType.Patterns:
                result["examples"] = HslWriter.Strings(entity.Examples.Select(e => e.Text));
                result["negative_examples"] = HslWriter.Strings(entity.Negative.Select(e => e.Text));
                result["values"] = Values(entity);
                break;
            case EntityType.Number:
                result["min_digits"] = entity.MinDigits;
                result["max_digits"] = entity.MaxDigits;
                break;
            case EntityType.Regex:
                result["pattern"] = entity.Pattern;
                break;
            case EntityType.Attachment:
                result["kind"] = entity.AttachmentKind;
                break;
        }

        result["reprompt"] = _hsl.Response(entity.Reprompt);
        if (entity.PreviousContext.Count > 0)
        {
            result["previous_context_tags"] = HslWriter.Strings(entity.PreviousContext.Select(t => t.Text));
        }

        return result;
    }

    private static JsonArray Values(EntityDefinition entity) =>
        new([.. entity.Values.Select(v => (JsonNode)new JsonObject { ["value"] = v.Value, ["variants"] = HslWriter.Strings(v.Variants.Select(x => x.Text)) })]);

    private JsonObject Node(Node node, IReadOnlyDictionary<string, string> scriptPaths, IReadOnlyDictionary<string, string> scriptSources) => new()
    {
        ["system_name"] = node.SystemName,
        ["name"] = node.Name,
        ["type"] = node.Type.ToString().ToLowerInvariant(),
        ["is_start"] = node.IsStart,
        ["is_context_clear"] = node.IsContextClear,
        ["is_end"] = node.IsEnd,
        ["is_active"] = node.IsActive,
        ["user_says"] = Utterances(node.UserSays),
        ["negative_user_says"] = Utterances(node.NegativeUserSays),
        ["entities"] = new JsonArray([.. node.Entities.Select(e => (JsonNode)new JsonObject
        {
            ["entity"] = e.Entity.Name,
            ["public"] = e.Entity.IsPublic,
            ["mandatory"] = e.Mandatory,
            ["prompt"] = _hsl.Response(e.Prompt),
            ["reprompt"] = _hsl.Response(e.Reprompt),
        })]),
        ["bot_says"] = new JsonObject
        {
            ["initial"] = _hsl.Response(node.BotSays.Initial),
            ["final"] = _hsl.Response(node.BotSays.Final),
            ["follow_up"] = node.BotSays.FollowUp is { } f ? new JsonObject { ["delay_seconds"] = f.DelaySeconds, ["response"] = _hsl.Response(f.Says) } : null,
        },
        ["code"] = Code(node, scriptPaths, scriptSources),
        ["connections"] = new JsonArray([.. node.Connections.Select(c => (JsonNode)new JsonObject { ["to"] = c.TargetName, ["condition"] = Condition(c.Condition) })]),
    };

    private static JsonObject? Code(Node node, IReadOnlyDictionary<string, string> scriptPaths, IReadOnlyDictionary<string, string> scriptSources)
    {
        var script = scriptPaths.GetValueOrDefault(node.SystemName);
        return node.Code switch
        {
            ActionStep action => new JsonObject
            {
                ["kind"] = "action",
                ["action"] = action.Action.Name,
                ["inputs"] = new JsonObject(action.Arguments.Select(a => new KeyValuePair<string, JsonNode?>(a.Name,
                    a.Template is not null ? JsonValue.Create(a.Template.Raw) : HslWriter.Strings(a.List ?? [])))),
                ["outputs"] = HslWriter.Strings(action.Outputs),
                ["script"] = script,
                ["source"] = script is null ? null : scriptSources[node.SystemName],
            },
            ScriptStep step => new JsonObject
            {
                ["kind"] = "script",
                ["outputs"] = HslWriter.Strings(step.Outputs),
                ["script"] = script,
                ["source"] = script is null ? null : scriptSources[node.SystemName],
            },
            _ => null,
        };
    }

    private static JsonObject Condition(Condition condition) => condition switch
    {
        AutomaticCondition => new JsonObject { ["type"] = "automatic" },
        UserSaysCondition c => new JsonObject { ["type"] = "user_says", ["user_says"] = Utterances(c.UserSays) },
        EntityPresenceCondition c => new JsonObject { ["type"] = "entity_presence", ["entity"] = c.Entity.Name },
        EntityValueCondition c => new JsonObject { ["type"] = "entity_value", ["entity"] = c.Entity.Name, ["values"] = HslWriter.Strings(c.Values) },
        RuleCondition c => new JsonObject { ["type"] = "rules", ["rule"] = Rule(c.Rule is RuleGroup ? c.Rule : new RuleGroup(RuleJoin.All, [c.Rule], c.Rule.Location)) },
        _ => throw new InvalidOperationException($"unknown condition {condition.GetType().Name}"),
    };

    private static JsonObject Rule(RuleExpression rule) => rule switch
    {
        RuleGroup g => new JsonObject
        {
            ["operator"] = g.Join == RuleJoin.All ? "AND" : "OR",
            ["conditions"] = new JsonArray([.. g.Items.Select(i => (JsonNode)Rule(i))]),
        },
        RuleComparison c => new JsonObject
        {
            ["variable"] = c.Variable,
            ["operator"] = OperatorName(c.Operator),
            ["value"] = c.Value switch
            {
                null => null,
                { Boolean: { } b } => JsonValue.Create(b),
                { Number: { } n } => JsonValue.Create(n),
                { Text: var t } => JsonValue.Create(t),
            },
        },
        _ => throw new InvalidOperationException($"unknown rule {rule.GetType().Name}"),
    };

    private static string OperatorName(RuleOperator op) => op switch
    {
        RuleOperator.Equals => "equals",
        RuleOperator.NotEquals => "not_equals",
        RuleOperator.GreaterThan => "greater_than",
        RuleOperator.GreaterThanOrEqual => "greater_than_or_equal",
        RuleOperator.LessThan => "less_than",
        RuleOperator.LessThanOrEqual => "less_than_or_equal",
        RuleOperator.Contains => "contains",
        RuleOperator.Exists => "exists",
        _ => "not_exists",
    };

    private static JsonObject Utterances(UtteranceSet set)
    {
        var result = new JsonObject();
        foreach (var (language, list) in set.ByLanguage)
        {
            result[language] = HslWriter.Strings(UserSays.Distinct(list).Select(u => u.Text));
        }

        return result;
    }

    private JsonObject? PerLanguage(LocalizedText? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var language in bot.Bot.Languages)
        {
            result[language] = PlatformText.In(text, language);
        }

        return result;
    }

    internal static string Describe(RuleExpression rule) => rule switch
    {
        RuleGroup g => "(" + string.Join(g.Join == RuleJoin.All ? " and " : " or ", g.Items.Select(Describe)) + ")",
        RuleComparison c => c.Value is null ? $"{c.Variable} {c.Operator.Spelling()}" : $"{c.Variable} {c.Operator.Spelling()} {c.Value}",
        _ => string.Empty,
    };
}
