using System.Globalization;
using System.Text;
using BotForge.Diagnostics;
using BotForge.Project;
using BotForge.Syntax;
using BotForge.Tests.Support;
using BotForge.Validation;
using CsCheck;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace BotForge.Tests.Validation;

/// <summary>
/// The schema check's shortcuts for unions, strings and objects (<see cref="UnionFirstValidator"/>) must answer exactly
/// as NJsonSchema's own validator (with the propertyNames check it lacks: <see cref="UnionFirstValidator.WithoutShortcuts"/>):
/// the same error tree, kinds, paths and nesting, for valid and invalid files.
/// Checked on every file of the example bot and of the hostile corpus, and on random damage to their values.
/// </summary>
public sealed class SchemaUnionShortcutTests
{
    private static readonly string Corpus = Path.Combine(Repo.Root, "tests", "BotForge.Tests", "Hostile", "corpus");

    /// <summary>Every parsed file of the example bot and of each corpus case, as JSON, with the schema of its kind.</summary>
    internal static readonly (string Name, SourceKind Kind, JToken Json)[] Documents = [.. new[] { Repo.ExampleBot }
        .Concat(Directory.GetDirectories(Corpus).Order(StringComparer.Ordinal))
        .Select(root => ProjectLoader.Load(root, root, new DiagnosticBag()))
        .OfType<ProjectSources>()
        .SelectMany(sources => sources.Documents)
        .Where(document => document.Root is not null)
        .Select(document => (document.File.Path, document.Kind, new YamlToJson().Convert(document.Root!)))];

    /// <summary>Values that match, or nearly match, the schema's unions and objects: texts, language maps, messages, variants, nodes, connections.</summary>
    internal static readonly string[] Replacements =
    [
        "\"text\"", "42", "true", "null", "[]", "{}", "[\"a\", \"b\"]", "{\"en\": \"hello\"}", "{\"EN\": \"hello\"}", "{\"en\": 1}",
        "{\"en\": [\"hi\"]}", "{\"text\": \"x\"}", "{\"text\": \"x\", \"buttons\": [{\"title\": \"t\"}]}", "{\"text\": \"x\", \"buttons\": []}",
        "{\"text\": {\"en\": \"x\"}, \"quick_replies\": [\"a\"]}", "{\"variants\": []}", "{\"variants\": [[\"a\"]]}", "{\"bogus\": 1}",
        "[{\"en\": 1}]", "{\"carousel\": []}", "{\"initial\": \"x\", \"follow_up\": {\"after\": \"5m\"}}", "[[\"nested\"]]",
        "{\"id\": \"A\"}", "{\"id\": null}", "{\"id\": \"A\", \"user_says\": null}", "{\"id\": \"A\", \"bogus\": 1}",
        "{\"to\": \"A\", \"user_says\": [\"x\"], \"extra\": 1}", "{\"entity\": \"email\", \"mandatory\": \"yes\"}",
    ];

    [Fact]
    public void Unchanged_files_get_the_same_errors_with_and_without_the_shortcut()
    {
        Assert.True(Documents.Length > 40, $"only {Documents.Length} documents were read");
        foreach (var (name, kind, json) in Documents)
        {
            Assert.True(Same(json, kind, out var expected, out var actual), $"{name}\nNJsonSchema:\n{expected}\nshortcut:\n{actual}");
        }
    }

    [Fact]
    public void Damaged_values_get_the_same_errors_with_and_without_the_shortcut()
    {
        var failing = 0;
        Gen.Select(Gen.Int[0, Documents.Length - 1], Gen.Int[0, 1_000_000], Gen.Int[0, Replacements.Length - 1]).Array[1, 3].Sample(edits =>
        {
            var (name, kind, original) = Documents[edits[0].Item1];
            var json = original.DeepClone();
            foreach (var (_, position, replacement) in edits)
            {
                var tokens = json is JContainer container ? container.Descendants().Where(t => t is not JProperty).ToList() : [];
                if (tokens.Count > 0)
                {
                    tokens[position % tokens.Count].Replace(JToken.Parse(Replacements[replacement]));
                }
            }

            var same = Same(json, kind, out var expected, out var actual);
            failing += expected.Length > 0 ? 1 : 0;
            Assert.True(same, $"{name}: {json}\nNJsonSchema:\n{expected}\nshortcut:\n{actual}");
        }, iter: 300, threads: 1);

        Assert.True(failing > 100, $"only {failing} of 300 damaged files had errors: the damage is too mild to test anything");
    }

    /// <summary>Sub-story files broken in each way the shortcuts check: a missing required property, an unknown one, a null, a pattern, an enum, a wrong type, a bad value deep inside.</summary>
    [Theory]
    [InlineData("""{"nodes": [{"name": "no id"}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "bogus": 1}]}""")]
    [InlineData("""{"nodes": [{"id": null}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "user_says": null}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "entities": [{"entity": "email", "mandatory": "yes"}]}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "next": [{"to": "B", "user_says": ["x"], "extra": 1}]}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "bot_says": {"initial": {"text": "x", "buttons": [{"title": "t"}]}}}]}""")]
    [InlineData("""{"story": "s", "nodes": [{"id": "A", "user_says": {"en": ["hi"], "fr": 3}}]}""")]
    [InlineData("""{"nodes": [{"id": "A"}], "unknown": true}""")]
    [InlineData("""{"nodes": [{"id": "A", "start": true, "user_says": ["hi"], "bot_says": "Hello"}]}""")]
    [InlineData("""{"nodes": [{"id": "not a system name"}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "type": "statc"}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "start": "yes"}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "start": 1}]}""")]
    [InlineData("""{"nodes": [{"id": 7}]}""")]
    [InlineData("""{"nodes": [{"id": ["A"]}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "entities": [{"entity": "Bad Name"}]}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "bot_says": {"follow_up": {"after": "5 minutes", "says": "x"}}}]}""")]
    [InlineData("""{"nodes": []}""")]
    [InlineData("""{"nodes": [{"id": "A", "user_says": {}}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "bot_says": {}}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "type": "code", "action": {}}]}""")]
    [InlineData("""{"nodes": [{"id": "A", "type": "code", "action": {"salesforce.get_contact": {}, "salesforce.create_case": {}}}]}""")]
    public void Objects_broken_in_each_way_get_the_same_errors_with_and_without_the_shortcut(string json)
    {
        Assert.True(Same(JToken.Parse(json), SourceKind.SubStory, out var expected, out var actual), $"NJsonSchema:\n{expected}\nshortcut:\n{actual}");
    }

    /// <summary>
    /// A schema with a keyword a shortcut does not check (here the only thing the value breaks) goes to
    /// NJsonSchema whole: an array's anyOf, an object's pattern properties or anyOf, a string's format, a
    /// boolean's enum.
    /// </summary>
    [Theory]
    [InlineData("""{"type": "array", "items": {"type": "integer"}, "anyOf": [{"minItems": 2}]}""", "[1]")]
    [InlineData("""{"type": "object", "properties": {"a": {"type": "string"}}, "patternProperties": {"^x": {"type": "integer"}}}""", """{"a": "s", "x1": "no"}""")]
    [InlineData("""{"type": "object", "properties": {"a": {"type": "string"}}, "anyOf": [{"required": ["b"]}]}""", """{"a": "s"}""")]
    [InlineData("""{"type": "string", "format": "date-time"}""", "\"not a date\"")]
    [InlineData("""{"type": "boolean", "enum": [true]}""", "false")]
    public async Task Schemas_with_other_keywords_get_the_same_errors_with_and_without_the_shortcut(string schemaJson, string json)
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(schemaJson);
        var token = JToken.Parse(json);

        var expected = Render(schema.Validate(token));
        var actual = Render(UnionFirstValidator.Instance.Validate(token, schema));

        Assert.NotEqual(string.Empty, expected);   // the value breaks the extra keyword
        Assert.Equal(expected, actual);
        Assert.False(UnionFirstValidator.Instance.Passes(token, schema));
    }

    private static bool Same(JToken json, SourceKind kind, out string expected, out string actual)
    {
        var schema = SourceSchemas.For(kind);
        expected = Render(UnionFirstValidator.WithoutShortcuts.Validate(json, schema));
        actual = Render(UnionFirstValidator.Instance.Validate(json, schema));
        // The quick verdict a file gets first agrees with the errors.
        Assert.Equal(expected.Length == 0, UnionFirstValidator.Instance.Passes(json, schema));
        return expected == actual;
    }

    /// <summary>The whole error tree: kind, property, path and token of each error, with its branches' errors nested.</summary>
    private static string Render(IEnumerable<ValidationError> errors)
    {
        var text = new StringBuilder();
        Write(errors, 0);
        return text.ToString();

        void Write(IEnumerable<ValidationError> list, int depth)
        {
            foreach (var error in list)
            {
                text.Append(' ', depth * 2).Append(CultureInfo.InvariantCulture, $"{error.Kind} {error.Property} {error.Path} @{error.Token?.Path}").Append('\n');
                switch (error)
                {
                    case ChildSchemaValidationError child:
                        foreach (var branch in child.Errors.Values)
                        {
                            text.Append(' ', depth * 2 + 1).Append("branch\n");
                            Write(branch, depth + 1);
                        }

                        break;
                    case MultiTypeValidationError multi:
                        foreach (var (type, branch) in multi.Errors)
                        {
                            text.Append(' ', depth * 2 + 1).Append(type).Append('\n');
                            Write(branch, depth + 1);
                        }

                        break;
                }
            }
        }
    }
}
