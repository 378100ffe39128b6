using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Syntax;

namespace BotForge.Binding;

/// <summary>Binds private entity definitions and fills the entity table.</summary>
internal sealed class EntityBinder(BindContext context, ResponseBinder responses)
{
    /// <summary>Which keys each type takes beyond name, type, description and reprompt.</summary>
    private static readonly Dictionary<EntityType, string[]> TypeKeys = new()
    {
        [EntityType.Dictionary] = ["values"],
        [EntityType.Patterns] = ["examples", "negative", "values"],
        [EntityType.Number] = ["digits"],
        [EntityType.Regex] = ["pattern"],
        [EntityType.Currency] = [],
        [EntityType.Attachment] = ["kind"],
    };

    private static readonly string[] TypeSpecific = ["values", "examples", "negative", "digits", "pattern", "kind"];

    public List<EntityDefinition> Bind(IEnumerable<SourceDocument> files)
    {
        var result = new List<EntityDefinition>();
        foreach (var (file, entity) in BindContext.Each(files, "entities"))
        {
            context.Enter(file);
            if (Bind(entity) is not { } definition)
            {
                continue;
            }

            // The platform's other public names (color, location, age...) are natural names for a bot's own entity:
            // the bot's definition is used, as a private entity always is.
            if (PublicEntities.IsCore(definition.Name))
            {
                context.Report(BindingDiagnostics.PublicEntityRedefined(definition.NameLocation, definition.Name));
            }

            if (context.Entities.TryGetValue(definition.Name, out var first))
            {
                context.Report(BindingDiagnostics.DuplicateId(definition.NameLocation, "entity", definition.Name, first.NameLocation));
                continue;
            }

            context.Entities.Add(definition.Name, definition);
            result.Add(definition);
        }

        return result;
    }

    private EntityDefinition? Bind(YamlMapping entity)
    {
        var name = BindContext.Str(entity["name"]);
        var typeText = BindContext.Str(entity["type"]);
        if (name is null || typeText is null || !Enum.TryParse<EntityType>(typeText, ignoreCase: true, out var type))
        {
            if (name is not null)
            {
                context.UnreadEntities.Add(name);
            }

            return null;
        }

        foreach (var key in TypeSpecific)
        {
            if (entity.GetEntry(key) is { } entry && !TypeKeys[type].Contains(key))
            {
                context.Report(BindingDiagnostics.EntityKeyNotApplicable(context.At(entry.Key), key, typeText));
            }
        }

        var required = type switch
        {
            EntityType.Dictionary => "values",
            EntityType.Patterns => "examples",
            EntityType.Regex => "pattern",
            EntityType.Attachment => "kind",
            _ => null,
        };
        if (required is not null && !entity.ContainsKey(required))
        {
            context.Report(BindingDiagnostics.EntityIncomplete(context.At(entity["name"]!), name, typeText, required));
        }

        var values = new List<DictionaryValue>();
        if (entity["values"] is YamlMapping valueMap)
        {
            foreach (var entry in valueMap.Entries)
            {
                // A value's variants by language (BF0103, whose hint writes them as one list): read as that list, not as none.
                var variants = entry.Value is YamlMapping byLanguage ? [.. byLanguage.Entries.SelectMany(e => Utterances(e.Value))] : Utterances(entry.Value);
                values.Add(new DictionaryValue(entry.Key.Value, variants, context.At(entry.Key)));
            }
        }
        else if (entity["values"] is YamlSequence valueList)
        {
            // The values as a list (BF0103, whose hint writes each as its own variant): read so, not as no values.
            foreach (var value in valueList.Items.OfType<YamlScalar>())
            {
                values.Add(new DictionaryValue(value.Value, [context.Utterance(value)], context.At(value)));
            }
        }

        var digits = entity["digits"] as YamlMapping;
        return new EntityDefinition
        {
            Name = name,
            Type = type,
            Description = BindContext.Str(entity["description"]),
            Values = values,
            Pattern = BindContext.Str(entity["pattern"]),
            PatternLocation = entity["pattern"] is { } pattern ? context.At(pattern) : null,
            MinDigits = ScalarTyping.WholeNumber(digits?["min"]),
            MaxDigits = ScalarTyping.WholeNumber(digits?["max"]),
            DigitsLocation = digits is null ? null : context.At(digits),
            AttachmentKind = BindContext.Str(entity["kind"]),
            Examples = Utterances(entity["examples"]),
            Negative = Utterances(entity["negative"]),
            Reprompt = responses.Bind(entity["reprompt"], PlaceholderScope.BotText),
            PreviousContext = Utterances(entity["previous_context"]),
            Location = context.At(entity),
            NameLocation = context.At(entity["name"]!),
        };
    }

    private List<Utterance> Utterances(YamlNode? node) =>
        BindContext.Items(node).OfType<YamlScalar>().Select(context.Utterance).ToList();
}
