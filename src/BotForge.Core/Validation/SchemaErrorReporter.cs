using System.Globalization;
using BotForge.Diagnostics;
using BotForge.Syntax;
using BotForge.Text;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace BotForge.Validation;

/// <summary>Turns NJsonSchema's errors for one file into diagnostics at the YAML nodes that caused them, each once.</summary>
internal sealed class SchemaErrorReporter(YamlToJson converter, SourceFile file, YamlNode root)
{
    private readonly HashSet<(string, int, string)> _seen = [];

    /// <summary>The file's entries with nothing after the key, found on the first unknown key that may belong under one.</summary>
    private List<YamlEntry>? _emptyEntries;

    private readonly Dictionary<string, List<YamlEntry>> _emptyTaking = new(StringComparer.Ordinal);

    /// <summary>Per mapping with an unknown key: the required key it lacks that the key is likely written for.</summary>
    private readonly Dictionary<YamlMapping, string?> _writtenInstead = new(ReferenceEqualityComparer.Instance);

    public List<Diagnostic> Results { get; } = [];

    public void Report(ValidationError error)
    {
        if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf)
        {
            ReportUnion(child);
            return;
        }

        if (error is ChildSchemaValidationError nested)
        {
            foreach (var inner in nested.Errors.Values.SelectMany(e => e))
            {
                Report(inner);
            }

            return;
        }

        if (IsCutPart(error.Token))
        {
            // The empty value of the rest of a text cut at a comma ('90' of 'R$ 99,90'): the cut's error says it all.
            return;
        }

        if (error is MultiTypeValidationError multi)
        {
            Add(SchemaDiagnostics.WrongType(LocationOf(error.Token), ExpectedOf(error.Schema) ?? string.Join(" or ", multi.Errors.Keys.Select(TypeName)), FoundOf(error.Token)));
            return;
        }

        var at = LocationOf(error.Token);
        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var split = SplitValue(error.Token, error.Property);
                if (split is { First: false })
                {
                    // A later part of a text cut at several commas: the first part's diagnostic says it all.
                    break;
                }

                var known = error.Schema?.ActualSchema.ActualProperties.Keys ?? [];
                var where = Describe(error.Token?.Parent ?? error.Token);
                if (LanguagesAround(error.Token, error.Property) is { } around)
                {
                    // A map by language written around a response: said once, at its first language.
                    if (around.First)
                    {
                        Add(SchemaDiagnostics.LanguagesAround(at, error.Property!, where, around.Instead));
                    }

                    break;
                }

                Add(split is { } cut
                    ? SplitAtComma(at, error.Property!, where, cut.PreviousKey, cut.Joined)
                    : EmptyKeyBefore(error.Token, error.Property) is { } empty
                    ? SchemaDiagnostics.BelongsUnder(at, error.Property!, where, empty.Key.Value, empty.Key.LocationIn(file).Start.Line)
                    : EntityValueBeside(error.Token, error.Property) is { } condition
                    ? SchemaDiagnostics.EntityValueBeside(at, error.Property!, where, condition.Entity, condition.Values)
                    : FaqVariations(error.Token, error.Property, known) is { } asked
                    ? SchemaDiagnostics.FaqVariations(at, error.Property!, where, asked)
                    : HttpAnswerParts(error.Token, error.Property, known) is { } answer
                    ? SchemaDiagnostics.HttpAnswerParts(at, error.Property!, where, answer)
                    : SiblingThatTakes(error.Token, error.Property) is { } sibling
                    ? SchemaDiagnostics.BelongsInside(at, error.Property!, where, sibling)
                    : OuterKeyBeside(error.Token, error.Property) is { } outer
                    ? SchemaDiagnostics.BelongsBeside(at, error.Property!, where, outer)
                    : Suggestions.Closest(error.Property ?? string.Empty, known) is { } closest
                    ? SchemaDiagnostics.UnknownKey(at, error.Property!, where, closest)
                    : WrittenInsteadOf(error.Token, error.Schema) is { } missing
                    ? SchemaDiagnostics.InsteadOfMissing(at, error.Property!, where, missing)
                    : SchemaDiagnostics.UnknownKey(at, error.Property ?? "?", where, null, [.. known]));
                break;
            case ValidationErrorKind.PropertyRequired when error.Token is not JObject:
                // `carousel:` with nothing after it, or `entities: [city]`: the value's type error says it; a key it
                // lacks is noise.
                break;
            case ValidationErrorKind.PropertyRequired when error.Token is JObject mock && IsRequestAndResponse(mock, error):
                // An HTTP answer written as 'request:' and 'response:': their unknown keys' hint says where url and
                // status go; that they are missing is the same mistake.
                break;
            case ValidationErrorKind.PropertyRequired when error.Token is JObject byLanguage && converter.OriginOf(byLanguage) is YamlMapping languageMap && LanguagesWritten(languageMap) is not null:
                // An FAQ's 'answer: { ja: [...], en: [...] }' lacks 'variants': the languages' hint says what to write.
                break;
            case ValidationErrorKind.PropertyRequired when error.Token is JObject written && MisspeltAs(written, error) :
                // 'question:' for 'questions:': the unknown key's "did you mean 'questions'?" says it; that the key
                // is missing is the same mistake.
                break;
            case ValidationErrorKind.PropertyRequired:
                Add(SchemaDiagnostics.MissingKey(at, error.Property ?? "?", Describe(error.Token)));
                break;
            case ValidationErrorKind.PatternMismatch:
                var what = Extension(error.Schema, "x-botforge-id") ?? "value";
                var description = FaqHint(error)
                    ?? (what == "language code" && LanguageNames.CodeOf(ValueText(error.Token)) is { } code ? $"write the language's code: did you mean '{code}'?" : null)
                    ?? (what == "system name" && Identifiers.SystemNameOf(ValueText(error.Token)) is { } capitals ? $"a system name is written in capitals, digits and underscores: {Suggestions.DidYouMean(capitals, ValueText(error.Token))}" : null)
                    ?? (what == "env variable name" && Identifiers.SystemNameOf(ValueText(error.Token)) is { } upper && char.IsAsciiLetterUpper(upper[0]) ? $"an env variable's name is written in capitals, digits and underscores, from a letter: {Suggestions.DidYouMean(upper, ValueText(error.Token))}" : null)
                    ?? (what == "lower_snake_case id" && SystemEntityNames.PublicFor(ValueText(error.Token)) is { } other ? $"did you mean '{other}'? '{ValueText(error.Token)}' is another platform's system entity, and '{other}' is the platform's public entity for it" : null)
                    ?? (what == "lower_snake_case id" && Identifiers.LowerSnakeOf(ValueText(error.Token)) is { } snake ? $"an id is lower-case words joined by underscores: {Suggestions.DidYouMean(snake, ValueText(error.Token))}" : null)
                    ?? (what.StartsWith("duration", StringComparison.Ordinal) && Durations.Meant(ValueText(error.Token)) is { } duration ? $"write a number and a unit, h, m or s: did you mean '{duration}'?" : null)
                    ?? error.Schema?.ActualSchema.Description;
                Add(SchemaDiagnostics.BadIdentifier(at, ValueText(error.Token), what, description));
                break;
            case ValidationErrorKind.NotInEnumeration when error.Schema?.ActualSchema.Type == JsonObjectType.Boolean && error.Token?.Type != JTokenType.Boolean:
                // `secret: yes`: the type error says it (with YAML 1.2's reading of yes); that it is no listed value is the same mistake.
                break;
            case ValidationErrorKind.NotInEnumeration:
                var allowed = error.Schema?.ActualSchema.Enumeration.Select(e => e switch { bool b => b ? "true" : "false", null => "null", _ => e.ToString() ?? "null" }).ToList() ?? [];
                // A rule's operator: the one meant by a reversed or foreign spelling ('=<' is '<=', not the closest '<').
                var isOperator = allowed.Contains("contains") && allowed.Contains("==");
                var meant = isOperator ? Suggestions.OperatorMeant(ValueText(error.Token)) : null;
                Add(isOperator && string.Equals(ValueText(error.Token), "in", StringComparison.OrdinalIgnoreCase)
                    ? SchemaDiagnostics.NotAllowed(at, ValueText(error.Token), allowed, suggestion: null) with
                    {
                        Hint = "write one condition per value under 'any:', e.g. { any: [{ var: Status, op: \"==\", value: Shipped }, { var: Status, op: \"==\", value: Delivered }] }",
                    }
                    : error.Token?.Type == JTokenType.Boolean
                    ? SchemaDiagnostics.OutOfRange(at, $"'{ValueText(error.Token)}' is not allowed here; expected {string.Join(" or ", allowed)}", error.Schema?.ActualSchema.Description)
                    : SchemaDiagnostics.NotAllowed(at, ValueText(error.Token), allowed, meant ?? Suggestions.Closest(ValueText(error.Token), allowed)));
                break;
            case ValidationErrorKind.ArrayExpected when CutAfter(error.Token):
                // '{ text: Sure?, quick_replies: Yes, No }': the cut's error says to write the list.
                break;
            case ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.NullExpected:
                Add(SchemaDiagnostics.WrongType(at, ExpectedOf(error.Schema) ?? KindExpected(error.Kind), FoundOf(error.Token), BracesHint(error.Token) ?? TypeHint(error)));
                break;
            case ValidationErrorKind.TooFewItems:
                Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} must not be empty"));
                break;
            case ValidationErrorKind.TooManyProperties:
                Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} takes exactly one entry"));
                break;
            case ValidationErrorKind.TooFewProperties:
                Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} must not be empty"));
                break;
            case ValidationErrorKind.ItemsNotUnique:
                Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} lists the same value twice"));
                break;
            case ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig:
                Add(SchemaDiagnostics.OutOfRange(at, $"{ValueText(error.Token)} is too large; the maximum is {error.Schema?.ActualSchema.Maximum}"));
                break;
            case ValidationErrorKind.NumberTooSmall:
                // An exclusive minimum (aspect_ratio's 0) is no value the field takes: "the minimum is 0" would say it is.
                Add(SchemaDiagnostics.OutOfRange(at, error.Schema?.ActualSchema is { ExclusiveMinimum: { } above, Minimum: null }
                    ? $"{ValueText(error.Token)} is too small; it must be more than {above}"
                    : $"{ValueText(error.Token)} is too small; the minimum is {error.Schema?.ActualSchema.Minimum}"));
                break;
            case ValidationErrorKind.ExcludedSchemaValidates:
                // A union's branch that excludes another's keys (a response beside initial:/final:): the value has the other's shape.
                Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} mixes keys of two kinds of value"));
                break;
            default:
                Add(SchemaDiagnostics.OutOfRange(at, $"{Describe(error.Token)} is not valid here"));
                break;
        }
    }

    private void ReportUnion(ChildSchemaValidationError union)
    {
        var token = union.Token;
        if (IsCutPart(token))
        {
            return;   // the empty rest of a text cut at a comma: the cut's error says it all
        }

        // A text cut at a comma inside { } (`{ en: Sorry, bye., hi: … }`) made keys of its rest: no branch can
        // read the mapping as written, and each would blame keys the author wrote right. The cuts are the mistake.
        if (CutsOf(token) is { Count: > 0 } cuts)
        {
            cuts.ForEach(Add);
            return;
        }

        // A text in braces is a mapping to YAML: one error, saying so, not each branch's complaint about its key.
        if (union.Errors.Values.All(errors => errors.Any(e => IsTypeMismatchAt(e, token))) || BracesHint(token) is not null)
        {
            Add(SchemaDiagnostics.WrongType(LocationOf(token), ExpectedOf(union.Schema) ?? "another kind of value", FoundOf(token), BracesHint(token) ?? ShapeHint(token) ?? QuoteHint(union, token)));
            return;
        }

        // The branch the author meant: first, one that does not take a key another branch names for a mistake at
        // this very mapping (`variants:` is no typo when the other branch is a response with variants, however many
        // mistakes that response has further in); then the one with the fewest problems.
        var declared = union.Errors.Keys.Select(SourceSchemas.DeclaredKeys).ToList();
        var best = union.Errors.Values
            .Select((errors, i) => (Errors: errors.ToList(), Foreign: ForeignKeys(declared, i)))
            .Where(branch => !branch.Errors.Any(e => IsTypeMismatchAt(e, token)))
            .OrderBy(branch => Misread(branch.Errors, token, branch.Foreign))
            .ThenBy(branch => CountLeaves(branch.Errors))
            .First();
        foreach (var error in best.Errors)
        {
            Report(error);
        }
    }

    /// <summary>Each text cut at a comma in <paramref name="token"/>, a mapping written in braces, at the first part cut off.</summary>
    private List<Diagnostic> CutsOf(JToken? token)
    {
        var found = new List<Diagnostic>();
        if (token is JObject mapping && converter.OriginOf(mapping) is YamlMapping map)
        {
            for (var i = 1; i < map.Entries.Count; i++)
            {
                if (map.CutAtComma(i, file.Text) is { First: true } cut)
                {
                    var key = map.Entries[i].Key;
                    found.Add(SplitAtComma(key.LocationIn(file), key.Value, Describe(mapping), cut.PreviousKey, cut.Joined));
                }
            }
        }

        return found;
    }

    /// <summary>A text cut at a comma: quote it, or, for a key that takes a list, write the list its parts make.</summary>
    private static Diagnostic SplitAtComma(SourceLocation at, string key, string where, string previousKey, string joined) =>
        SchemaDiagnostics.SplitAtComma(at, key, where, previousKey, joined, ListKeys.Contains(previousKey) ? YamlText.Parts(joined).Select(YamlText.Item).ToList() : null);

    /// <summary>True when the mapping has a key the schema does not know that is a typo of the required key the error names.</summary>
    private static bool MisspeltAs(JObject written, ValidationError error)
    {
        var known = error.Schema?.ActualSchema.ActualProperties.Keys ?? [];
        return error.Property is { } required
            && written.Properties().Any(p => !known.Contains(p.Name) && Suggestions.Closest(p.Name, known) == required);
    }

    /// <summary>The keys the other branches of a union name and branch <paramref name="index"/> does not.</summary>
    private static HashSet<string> ForeignKeys(List<IReadOnlySet<string>> declared, int index)
    {
        var foreign = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < declared.Count; j++)
        {
            if (j != index)
            {
                foreign.UnionWith(declared[j]);
            }
        }

        foreign.ExceptWith(declared[index]);
        return foreign;
    }

    /// <summary>
    /// How many of those keys a branch's errors take for a mistake at the union's mapping: an unknown key, or (in
    /// a map by language) a language whose text is wrong. A union the branch has at the same value counts the
    /// branch of it that takes the fewest.
    /// </summary>
    private static int Misread(IEnumerable<ValidationError> errors, JToken? token, HashSet<string> foreign) => errors.Sum(error => error switch
    {
        ChildSchemaValidationError union when error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf && ReferenceEquals(error.Token, token) =>
            union.Errors.Values.Where(branch => !branch.Any(e => IsTypeMismatchAt(e, token))).Select(branch => Misread(branch, token, foreign)).DefaultIfEmpty(0).Min(),
        ChildSchemaValidationError all when error.Kind is ValidationErrorKind.NotAllOf && ReferenceEquals(error.Token, token) =>
            all.Errors.Values.Sum(part => Misread(part, token, foreign)),
        _ when error.Kind is ValidationErrorKind.NoAdditionalPropertiesAllowed or ValidationErrorKind.AdditionalPropertiesNotValid
            && error.Property is { } key && foreign.Contains(key) && IsEntryOf(error.Token, token) => 1,
        _ => 0,
    });

    /// <summary>Whether an error's value is an entry of the mapping, or its value (NJsonSchema gives either).</summary>
    private static bool IsEntryOf(JToken? entry, JToken? mapping) =>
        entry is JProperty property ? ReferenceEquals(property.Parent, mapping) : entry?.Parent is JProperty holder && ReferenceEquals(holder.Parent, mapping);

    private static int CountLeaves(IEnumerable<ValidationError> errors) => errors.Sum(e => e is ChildSchemaValidationError c ? 1 + CountLeaves(c.Errors.Values.SelectMany(v => v)) : 1);

    private static bool IsTypeMismatchAt(ValidationError error, JToken? token)
    {
        if (!ReferenceEquals(error.Token, token))
        {
            return false;
        }

        return error switch
        {
            MultiTypeValidationError => true,
            ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf =>
                child.Errors.Values.All(errors => errors.Any(e => IsTypeMismatchAt(e, token))),
            // A branch that is all of several schemas is of the wrong shape when one of them is.
            ChildSchemaValidationError all when error.Kind is ValidationErrorKind.NotAllOf =>
                all.Errors.Values.Any(errors => errors.Any(e => IsTypeMismatchAt(e, token))),
            // A branch's "not" matching says the value has the shape of another branch (a quick reply's map by
            // language is no mapping with `text` or `send`): a mismatch of shape, like a wrong type.
            _ => error.Kind is ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.NullExpected or ValidationErrorKind.ExcludedSchemaValidates,
        };
    }

    private void Add(Diagnostic diagnostic)
    {
        var key = (diagnostic.Code, diagnostic.Location?.Span.Start ?? -1, diagnostic.Message);
        if (_seen.Add(key))
        {
            Results.Add(diagnostic);
        }
    }

    /// <summary>The mapping an unknown key's token was written in, when its parent came from one.</summary>
    private YamlMapping? WrittenIn(JToken? token) => token?.Parent is { } parent ? converter.OriginOf(parent) as YamlMapping : null;

    /// <summary>Whether a value is the empty value of a key that is the rest of a text cut at a comma inside <c>{ }</c>.</summary>
    private bool IsCutPart(JToken? token) =>
        token is JValue { Type: JTokenType.Null } && token.Parent is JProperty property && WrittenIn(property)?.IsRestOfCut(property.Name, file.Text) == true;

    /// <summary>Whether a value is the first part of a text cut at a comma inside <c>{ }</c>: the key after it is the rest.</summary>
    private bool CutAfter(JToken? token) =>
        token?.Parent is JProperty property && WrittenIn(property) is { } map && map.IndexOf(property.Name) is >= 0 and var i
        && map.CutAtComma(i + 1, file.Text) is { First: true } cut && cut.PreviousKey == property.Name;

    /// <summary>The keys that take a list of names (an output, a channel, a language, a field).</summary>
    private static readonly IReadOnlySet<string> NameListKeys = new HashSet<string>(["outputs", "channels", "languages", "fields", "store"], StringComparer.Ordinal);

    /// <summary>The keys that take a list of texts (a user say, a question, a reply, an example).</summary>
    private static readonly IReadOnlySet<string> TextListKeys =
        new HashSet<string>(["user_says", "negative_user_says", "questions", "quick_replies", "examples", "negative"], StringComparer.Ordinal);

    /// <summary>The keys that take a list, which one text (or texts between commas) is often written for: both (declared after them, as static fields are set in the order written).</summary>
    private static readonly IReadOnlySet<string> ListKeys = new HashSet<string>(NameListKeys.Concat(TextListKeys), StringComparer.Ordinal);

    /// <summary>When an unknown key is the rest of a plain text cut at a comma (<see cref="YamlMapping.CutAtComma"/>).</summary>
    private (string PreviousKey, string Joined, bool First)? SplitValue(JToken? token, string? property)
    {
        return property is not null && WrittenIn(token) is { } map ? map.CutAtComma(map.IndexOf(property), file.Text) : null;
    }

    /// <summary>
    /// When an unknown key is one of the keys of an empty key written before it in the same mapping (<c>form:</c>
    /// with nothing after it, its title and fields one level too far left): that empty key, the nearest one.
    /// </summary>
    private YamlEntry? EmptyKeyBefore(JToken? token, string? property)
    {
        if (property is null || SourceSchemas.ParentsOf(property) is not { Count: > 0 } parents
            || WrittenIn(token) is not { } map || map.GetEntry(property) is not { } misplaced)
        {
            return null;
        }

        // The file's empty keys that take this key, in file order: found once per key (a few dozen keys can).
        if (!_emptyTaking.TryGetValue(property, out var candidates))
        {
            _emptyEntries ??= EmptyEntries(root);
            _emptyTaking[property] = candidates = _emptyEntries.Where(e => parents.Contains(e.Key.Value)).ToList();
        }

        // The last one before the key, if it is inside the mapping.
        var (low, high) = (0, candidates.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = candidates[middle].Key.Span.Start < misplaced.Key.Span.Start ? (middle + 1, high) : (low, middle);
        }

        return low > 0 && candidates[low - 1].Key.Span.Start >= map.Span.Start ? candidates[low - 1] : null;
    }

    /// <summary>
    /// A connection's <c>value: sim</c> (or <c>values: [sim]</c>) written beside <c>entity: confirm</c>, as other tools
    /// write an entity-value condition: the entity's name and the values, as the condition writes them.
    /// </summary>
    private (string Entity, string Values)? EntityValueBeside(JToken? token, string? property)
    {
        if (property is not ("value" or "values") || WrittenIn(token) is not { } map
            || map["entity"] is not YamlScalar { Value: var entity } || map[property] is not { } value)
        {
            return null;
        }

        var values = value switch
        {
            YamlScalar scalar => scalar.Value,
            YamlSequence sequence => string.Join(", ", sequence.Items.OfType<YamlScalar>().Select(s => s.Value)),
            _ => "...",
        };
        return (entity, values.Length == 0 ? "..." : values);
    }

    /// <summary>The keys other tools keep an FAQ's other ways to ask its question under.</summary>
    private static readonly HashSet<string> VariationKeys = new(["variations", "alternatives", "alternate_questions", "paraphrases", "similar_questions", "synonyms", "utterances", "examples"], StringComparer.Ordinal);

    /// <summary>
    /// When an FAQ's other ways to ask are written under a key of their own (<c>variations:</c> beside
    /// <c>questions:</c>, as other tools keep them): the question and the first of them, as written (either may be
    /// empty), for the hint's example.
    /// </summary>
    private (string Question, string Variation)? FaqVariations(JToken? token, string? property, IEnumerable<string> known)
    {
        if (property is null || !VariationKeys.Contains(property) || !known.Contains("questions") || !known.Contains("answer") || WrittenIn(token) is not { } map)
        {
            return null;
        }

        static string First(YamlNode? node) => node switch
        {
            YamlScalar scalar => scalar.Value,
            YamlSequence sequence => sequence.Items.OfType<YamlScalar>().FirstOrDefault()?.Value ?? string.Empty,
            YamlMapping mapping => First(mapping.Entries.FirstOrDefault()?.Value),
            _ => string.Empty,
        };

        return (First(map["questions"] ?? map["question"]), First(map[property]));
    }

    /// <summary>
    /// An unknown key that is a language code whose value is a mapping or a list (<c>bot_says: { ja: { initial: …,
    /// final: … }, en: { … } }</c>, an FAQ's <c>answer: { ja: [...], en: [...] }</c>): the map by language written
    /// around a response, where it goes on each text. What to write instead, from the first such key's value; whether
    /// this key is the first language of the mapping (the others are the same mistake).
    /// </summary>
    private (string Instead, bool First)? LanguagesAround(JToken? token, string? property)
    {
        if (property is null || !LanguageNames.IsCode(property) || WrittenIn(token) is not { } map)
        {
            return null;
        }

        if (LanguagesWritten(map) is not [var first, ..] languages || !languages.Any(e => e.Key.Value == property))
        {
            return null;
        }

        var each = "{ " + string.Join(", ", languages.Select(e => e.Key.Value + ": …")) + " }";
        var instead = first.Value switch
        {
            YamlMapping response when response.Entries.Count > 0 => string.Join(", ", response.Entries.Select(e => e.Value switch
            {
                YamlSequence => $"{e.Key.Value}: [{each}, …]",
                YamlMapping => $"{e.Key.Value}: (each of its texts {each})",
                _ => $"{e.Key.Value}: {each}",
            })),
            YamlSequence => $"a list of messages, each {each}",
            _ => null,
        };
        return instead is null ? null : (instead, first.Key.Value == property);
    }

    /// <summary>
    /// The entries of a mapping whose key is a language and whose value a mapping or a list, when there are two or
    /// more (a response written once per language); null otherwise: one such key alone may be a word that is also a
    /// language's code ('or', 'as', 'id').
    /// </summary>
    private static List<YamlEntry>? LanguagesWritten(YamlMapping map) =>
        map.Entries.Where(e => LanguageNames.IsCode(e.Key.Value) && e.Value is YamlMapping or YamlSequence).ToList() is { Count: >= 2 } languages ? languages : null;

    /// <summary>The keys of a test's HTTP answer (<c>http:</c>), by which one is told from other mappings.</summary>
    private static readonly string[] HttpAnswerKeys = ["url", "method", "status", "body"];

    /// <summary>Whether a required key is missing from an HTTP answer written as <c>request:</c> and <c>response:</c>.</summary>
    private static bool IsRequestAndResponse(JObject written, ValidationError error) =>
        HttpAnswerKeys.All((error.Schema?.ActualSchema.ActualProperties.Keys ?? []).Contains) && (written.ContainsKey("request") || written.ContainsKey("response"));

    /// <summary>
    /// When a test's HTTP answer is written as mock servers write one, <c>request:</c> and <c>response:</c> (an unknown
    /// key of the two): the method and URL the request gives, as written ("GET https://…"; either may be empty), for
    /// the hint's example.
    /// </summary>
    private (string Method, string Url)? HttpAnswerParts(JToken? token, string? property, IEnumerable<string> known)
    {
        if (property is not ("request" or "response") || !HttpAnswerKeys.All(known.Contains) || WrittenIn(token) is not { } map)
        {
            return null;
        }

        var request = map["request"] switch
        {
            YamlScalar scalar => scalar.Value,
            YamlMapping mapping => $"{(mapping["method"] as YamlScalar)?.Value} {(mapping["url"] as YamlScalar)?.Value}",
            _ => string.Empty,
        };
        var parts = request.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts switch
        {
            [var method, var url] => (method, url),
            [var one] when one.Contains("://", StringComparison.Ordinal) => (string.Empty, one),
            [var one] => (one, string.Empty),
            _ => (string.Empty, string.Empty),
        };
    }

    /// <summary>
    /// When an unknown key is a key of a value beside it (<c>follow_up:</c> written beside <c>bot_says:</c>, where
    /// it belongs inside): that sibling's key.
    /// </summary>
    private string? SiblingThatTakes(JToken? token, string? property)
    {
        if (property is null || SourceSchemas.ParentsOf(property) is not { Count: > 0 } parents
            || WrittenIn(token) is not { } map)
        {
            return null;
        }

        return map.Entries.Select(e => e.Key.Value).FirstOrDefault(key => key != property && parents.Contains(key));
    }

    /// <summary>
    /// When the mapping an unknown key is in lacks exactly one required key and has no other unknown key
    /// (<c>steps:</c> where a test's <c>turns:</c> belongs): the key it is most likely written for.
    /// </summary>
    private string? WrittenInsteadOf(JToken? token, JsonSchema? schema)
    {
        if (schema?.ActualSchema is not { } mapping || WrittenIn(token) is not { } map)
        {
            return null;
        }

        // Once per mapping: a mapping may have thousands of unknown keys.
        if (!_writtenInstead.TryGetValue(map, out var instead))
        {
            var missing = mapping.RequiredProperties.Where(key => !map.ContainsKey(key)).Take(2).ToList();
            var unknown = map.Entries.Where(e => !mapping.ActualProperties.ContainsKey(e.Key.Value)).Take(2).Count();
            instead = missing.Count == 1 && unknown == 1 ? missing[0] : null;
            _writtenInstead[map] = instead;
        }

        return instead;
    }

    /// <summary>
    /// When an unknown key is one the format has beside the key it is written under (<c>user_details:</c> indented
    /// under a test's <c>user:</c>, where it belongs level with it): that key.
    /// </summary>
    private static string? OuterKeyBeside(JToken? token, string? property) =>
        property is not null && token?.Parent?.Parent is JProperty { Name: var outer } && SourceSchemas.SiblingsOf(outer).Contains(property) ? outer : null;

    /// <summary>Every entry of the document with nothing after its key (<c>form:</c>), in file order.</summary>
    private static List<YamlEntry> EmptyEntries(YamlNode root)
    {
        var found = new List<YamlEntry>();
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (entry.Value is YamlScalar { Kind: ScalarKind.Null, Value: "" })
                        {
                            found.Add(entry);
                        }

                        pending.Push(entry.Value);
                    }

                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        found.Sort((a, b) => a.Key.Span.Start.CompareTo(b.Key.Span.Start));
        return found;
    }

    private SourceLocation LocationOf(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            if (converter.OriginOf(t) is { } node)
            {
                return node.LocationIn(file);
            }
        }

        return new SourceLocation(file, new TextSpan(root.Span.Start, root.Span.Start));
    }

    private string Describe(JToken? token)
    {
        // Name the mapping by the key that holds it: "the mapping under 'bot'", "item 2 of 'nodes'".
        var holder = token?.Parent;
        if (holder is JProperty property)
        {
            return $"'{property.Name}'";
        }

        if (holder is JArray array && token is not null && array.Parent is JProperty listName)
        {
            return $"item {array.IndexOf(token) + 1} of '{listName.Name}'";
        }

        return token?.Parent is null ? "the file" : "this value";
    }

    private static string? Extension(JsonSchema? schema, string key)
    {
        for (var s = schema; s is not null; s = s.HasReference ? s.Reference : null)
        {
            if (s.ExtensionData?.TryGetValue(key, out var value) == true && value is string text)
            {
                return text;
            }

            if (!s.HasReference)
            {
                break;
            }
        }

        return null;
    }

    private static string? ExpectedOf(JsonSchema? schema) => Extension(schema, "x-botforge-expected");

    private static string FoundOf(JToken? token)
    {
        if (token is JValue { Type: JTokenType.String } s)
        {
            return $"the text '{Truncate(s.ToString(CultureInfo.InvariantCulture))}'";
        }

        return token?.Type switch
        {
            JTokenType.Object => "a mapping",
            JTokenType.Array => "a list",
            JTokenType.Boolean => $"the boolean {token.ToString().ToLowerInvariant()}",
            JTokenType.Integer or JTokenType.Float => $"the number {token}",
            JTokenType.Null or null => "nothing (null)",
            _ => token.Type.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>An FAQ named where a node is expected, as a test's intents name one (<c>faq:PARKING</c>): how it is reached.</summary>
    private static string? FaqHint(ValidationError error) => error.Token is JValue { Type: JTokenType.String } value && value.ToString(CultureInfo.InvariantCulture).StartsWith("faq:", StringComparison.Ordinal)
        ? (value.Parent as JProperty)?.Name switch
        {
            "node" => "an FAQ answers without moving the conversation: check its answer with 'says:' (the node stays where it was)",
            "to" => "an FAQ is no node a connection can lead to: it is answered from anywhere its questions are asked",
            _ => null,
        }
        : error.Token is JValue { Type: JTokenType.String } written && written.Parent is JProperty { Name: "node", Parent.Parent: JProperty { Name: "expect" } }
            && TestDiagnostics.MeansBotBreak(written.ToString(CultureInfo.InvariantCulture))
        ? TestDiagnostics.BotBreakHint
        : null;

    /// <summary>
    /// For a text written in braces where a value goes (<c>object_id: {entity.case_number}</c>), which YAML reads as
    /// a mapping of one key: the placeholder meant (<c>${entity.case_number}</c>), or the text quoted.
    /// </summary>
    private string? BracesHint(JToken? token)
    {
        if (token is not JObject { Count: 1 } mapping || mapping.Properties().Single() is not { Value.Type: JTokenType.Null } only
            || converter.OriginOf(token) is not { } node || !file.Text.AsSpan(node.Span.Start).TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return null;
        }

        var name = only.Name.Trim();
        return UnmarkedPlaceholders.Bare().IsMatch(name)
            ? $"braces make a YAML mapping: a placeholder is written ${{{name}}}"
            : $"braces make a YAML mapping: write the text without them ({name}), or in quotes (\"{{{name}}}\") if the braces are meant";
    }

    /// <summary>
    /// For a number or a boolean where a branch of the union takes a text (<c>quick_replies: [1, 2.50]</c>, a menu's
    /// numbers): the value as written, in quotes, so 2.50 stays 2.50 and does not become the number 2.5.
    /// </summary>
    private string? QuoteHint(ChildSchemaValidationError union, JToken? token) =>
        token is JValue { Type: JTokenType.Boolean or JTokenType.Integer or JTokenType.Float } && converter.OriginOf(token) is YamlScalar { IsPlain: true } scalar
            && union.Errors.Values.Any(errors => errors.Any(e => e.Kind == ValidationErrorKind.StringExpected))
            ? $"put the value in quotes to make it text: {YamlText.DoubleQuoted(file.Text[scalar.Span.Start..scalar.Span.End])}"
            : null;

    private static string? TypeHint(ValidationError error) => error.Kind switch
    {
        // A test's stub written as its status alone: salesforce: { create_case: 503 }.
        ValidationErrorKind.ObjectExpected when error.Token is JValue { Type: JTokenType.Integer } status
            && status.Parent is JProperty { Name: "create_case" or "get_contact" or "get_record", Parent.Parent: JProperty { Name: "salesforce" } } stub =>
            $"write the answer as a mapping: {stub.Name}: {{ status: {status} }} (and body: … where the test needs one)",
        // A dictionary's values written as a list: values: [yes, no].
        ValidationErrorKind.ObjectExpected when error.Token is JArray { Count: > 0, Parent: JProperty { Name: "values" } } list
            && list.All(v => v.Type == JTokenType.String) =>
            $"write each value with the words that mean it: values: {{ {string.Join(", ", list.Select(v => $"{YamlText.Item(v.ToString())}: [{YamlText.Item(v.ToString())}]"))} }}",
        // A number entity's digits written as a count or a range of text: digits: 2, digits: 4-6.
        ValidationErrorKind.ObjectExpected when error.Token is JValue { Type: JTokenType.Integer or JTokenType.String, Parent: JProperty { Name: "digits" } } digits
            && DigitRange(digits.ToString(CultureInfo.InvariantCulture)) is var (min, max) =>
            $"digits take a range: digits: {{ min: {min}, max: {max} }}" + (min == max ? $" (exactly {min})" : string.Empty),
        // A dictionary value's variants written by language, as texts are: hasarli: { tr: [hasarlı], en: [damaged] }.
        ValidationErrorKind.ArrayExpected when error.Token is JObject { Count: > 0, Parent: JProperty { Parent.Parent: JProperty { Name: "values" } } value } byLanguage
            && byLanguage.Properties().All(p => LanguageNames.IsCode(p.Name) && p.Value is JArray or JValue { Type: JTokenType.String }) =>
            $"a value's variants are one list for every language, as users of any language may write any of them: {value.Name}: [{string.Join(", ", byLanguage.Properties().SelectMany(p => p.Value is JArray list ? list.Select(v => v.ToString()) : [p.Value.ToString()]).Select(YamlText.Item))}]",
        ValidationErrorKind.ArrayExpected when error.Token is JObject { Count: > 0, Parent: JProperty { Name: "outputs" } } typed =>
            $"list the names only: outputs: [{string.Join(", ", typed.Properties().Select(p => p.Name))}] (a script's outputs have no declared type)",
        // A follow-up's delay as a bare number: after: 90.
        ValidationErrorKind.StringExpected when error.Token is JValue { Type: JTokenType.Integer, Parent: JProperty { Name: "after" } } delay
            && Extension(error.Schema, "x-botforge-id")?.StartsWith("duration", StringComparison.Ordinal) == true
            && delay.Value<long>() is > 0 and <= 24 * 3600 and var seconds =>
            $"write the delay with its unit, h, m or s: after: {Durations.Written((int)seconds)} ({seconds} seconds)",
        // A carousel's aspect ratio written as other tools write it: HORIZONTAL, 16:9.
        ValidationErrorKind.NumberExpected when error.Token is JValue { Type: JTokenType.String, Parent: JProperty { Name: "aspect_ratio" } } ratio =>
            AspectRatioHint(ratio.ToString(CultureInfo.InvariantCulture)),
        ValidationErrorKind.StringExpected when error.Token?.Type is JTokenType.Boolean or JTokenType.Integer or JTokenType.Float or JTokenType.Null =>
            "put the value in quotes to make it text",
        ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected when error.Token is { Type: JTokenType.Null, Parent: JProperty holder } =>
            $"'{holder.Name}:' has nothing after it; indent what belongs to it under it",
        ValidationErrorKind.BooleanExpected when error.Token?.Type == JTokenType.String =>
            "write true or false (YAML 1.2 reads yes/no/on/off as text)",
        _ => ShapeHint(error.Token),
    };

    /// <summary>
    /// The number to write for a carousel's aspect ratio given as words or as width:height (<c>HORIZONTAL</c>, the
    /// Messenger term, is 1.91; <c>16:9</c> is 1.78).
    /// </summary>
    private static string AspectRatioHint(string written)
    {
        const string Meaning = "the images' width divided by their height";
        var parts = written.Split([':', '/', 'x', 'X'], StringSplitOptions.TrimEntries);
        var ratio = written.Trim().ToLowerInvariant() switch
        {
            "horizontal" or "wide" or "landscape" => 1.91,
            "square" => 1.0,
            _ when parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var height) && width > 0 && height > 0 => width / height,
            _ => (double?)null,
        };
        return ratio is { } number
            ? string.Create(CultureInfo.InvariantCulture, $"aspect_ratio is {Meaning}: aspect_ratio: {Math.Round(number, 2)}")
            : $"aspect_ratio is {Meaning}, a number: 1.91 for wide images, 1 for square ones";
    }

    /// <summary>
    /// The shape to write for a text where other formats (and the taskbox's <c>user_says</c>) take one: a node's
    /// entities as names, user says or questions as one text, <c>next:</c> as one node; and for one text where a key
    /// always takes a list (<c>outputs: reference</c>, <c>quick_replies: Yes</c>).
    /// </summary>
    private static string? ShapeHint(JToken? token)
    {
        if (token is not JValue { Type: JTokenType.String } text)
        {
            return null;
        }

        var value = text.ToString(CultureInfo.InvariantCulture);
        return token.Parent switch
        {
            JArray { Parent: JProperty { Name: "entities", Parent.Parent: JArray { Parent: JProperty { Name: "nodes" } } } } =>
                $"write each as a mapping with what the bot asks: - {{ entity: {value}, prompt: … }} (or mandatory: false)",
            JProperty holder when NameListKeys.Contains(holder.Name) && YamlText.Parts(value) is { Length: > 1 } names =>
                $"write a list: {holder.Name}: [{string.Join(", ", names.Select(YamlText.Item))}]",
            JProperty holder when TextListKeys.Contains(holder.Name) && YamlText.Parts(value) is { Length: > 1 } texts
                && holder.Parent?.Parent is not JArray { Parent: JProperty { Name: "tasks" } } =>
                $"write a list: {holder.Name}: [{string.Join(", ", texts.Select(YamlText.Item))}], or [{YamlText.Item(value)}] if it is one",
            JProperty { Name: "user_says" or "negative_user_says" or "questions" } holder when holder.Parent?.Parent is not JArray { Parent: JProperty { Name: "tasks" } } =>
                $"write a list, even of one: {holder.Name}: [{YamlText.Item(value)}]",
            JProperty { Name: "outputs" or "channels" or "languages" or "quick_replies" or "fields" or "store" or "examples" or "negative" } holder =>
                $"write a list, even of one: {holder.Name}: [{YamlText.Item(value)}]",
            JProperty { Name: "next" } => $"write a list of connections, each with its condition: next: [{{ to: {value}, user_says: [...] }}]",
            JProperty { Name: "buttons" } => $"write a list of buttons, each {{ text, url }} or {{ text, send }}: buttons: [{{ text: {YamlText.Item(value)}, url: … }}]",
            _ => null,
        };
    }

    /// <summary>The digit counts written as one number ("2") or a range ("4-6", "4 to 6"); null for anything else.</summary>
    private static (int Min, int Max)? DigitRange(string written)
    {
        var parts = written.Split(['-', '–'], StringSplitOptions.TrimEntries) is [_, _] dash ? dash : written.Split(" to ", StringSplitOptions.TrimEntries);
        return parts switch
        {
            [var one] when int.TryParse(one, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 => (n, n),
            [var a, var b] when int.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var min)
                && int.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out var max) && min > 0 && min <= max => (min, max),
            _ => null,
        };
    }

    /// <summary>A value as written; for a key (a <c>propertyNames</c> error), the key.</summary>
    private static string ValueText(JToken? token) => Truncate(token switch
    {
        JProperty key => key.Name,
        JValue { Type: JTokenType.Boolean } flag => (bool)flag ? "true" : "false",
        _ => token?.ToString() ?? string.Empty,
    });

    private static string Truncate(string text) => Printable.Shorten(text, 60);

    private static string KindExpected(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => "a string",
        ValidationErrorKind.NumberExpected => "a number",
        ValidationErrorKind.IntegerExpected => "an integer",
        ValidationErrorKind.BooleanExpected => "true or false",
        ValidationErrorKind.ObjectExpected => "a mapping",
        ValidationErrorKind.ArrayExpected => "a list",
        _ => "null",
    };

    private static string TypeName(JsonObjectType type) => type switch
    {
        JsonObjectType.String => "a string",
        JsonObjectType.Number => "a number",
        JsonObjectType.Integer => "an integer",
        JsonObjectType.Boolean => "true or false",
        JsonObjectType.Object => "a mapping",
        JsonObjectType.Array => "a list",
        _ => type.ToString().ToLowerInvariant(),
    };
}
