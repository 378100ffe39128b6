using System.Text;
using BotForge.Diagnostics;
using BotForge.Project;
using BotForge.Tests.Support;
using BotForge.Validation;
using CsCheck;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace BotForge.Tests.Validation;

/// <summary>
/// The schema check's shortcut for unions (<see cref="SchemaValidator.UnionFirstValidator"/>) must answer exactly
/// as NJsonSchema's own validator: the same error tree, kinds, paths and nesting, for valid and invalid files.
/// Checked on every file of the example bot and of the hostile corpus, and on random damage to their values.
/// </summary>
public sealed class SchemaUnionShortcutTests
{
    private static readonly string Corpus = Path.Combine(Repo.Root, "tests", "BotForge.Tests", "Hostile", "corpus");

    /// <summary>Every parsed file of the example bot and of each corpus case, as JSON, with the schema of its kind.</summary>
    private static readonly (string Name, SourceKind Kind, JToken Json)[] Documents = [.. new[] { Repo.ExampleBot }
        .Concat(Directory.GetDirectories(Corpus).Order(StringComparer.Ordinal))
        .Select(root => ProjectLoader.Load(root, root, new DiagnosticBag()))
        .OfType<ProjectSources>()
        .SelectMany(sources => sources.Documents)
        .Where(document => document.Root is not null)
        .Select(document => (document.File.Path, document.Kind, new YamlToJson().Convert(document.Root!)))];

    /// <summary>Values that match, or nearly match, the schema's unions: texts, language maps, messages, variants.</summary>
    private static readonly string[] Replacements =
    [
        "\"text\"", "42", "true", "null", "[]", "{}", "[\"a\", \"b\"]", "{\"en\": \"hello\"}", "{\"EN\": \"hello\"}", "{\"en\": 1}",
        "{\"en\": [\"hi\"]}", "{\"text\": \"x\"}", "{\"text\": \"x\", \"buttons\": [{\"title\": \"t\"}]}", "{\"text\": \"x\", \"buttons\": []}",
        "{\"text\": {\"en\": \"x\"}, \"quick_replies\": [\"a\"]}", "{\"variants\": []}", "{\"variants\": [[\"a\"]]}", "{\"bogus\": 1}",
        "[{\"en\": 1}]", "{\"carousel\": []}", "{\"initial\": \"x\", \"follow_up\": {\"after\": \"5m\"}}", "[[\"nested\"]]",
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

    private static bool Same(JToken json, SourceKind kind, out string expected, out string actual)
    {
        var schema = SourceSchemas.For(kind);
        expected = Render(schema.Validate(json));
        actual = Render(SchemaValidator.UnionFirstValidator.Instance.Validate(json, schema));
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
                text.Append(' ', depth * 2).Append($"{error.Kind} {error.Property} {error.Path} @{error.Token?.Path}").Append('\n');
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
