using BotForge.Diagnostics;
using BotForge.Project;
using BotForge.Syntax;

namespace BotForge.Validation;

/// <summary>
/// Checks a parsed file against its JSON Schema definition and reports each problem as a
/// diagnostic located at the YAML node that caused it.
/// </summary>
public static class SchemaValidator
{
    /// <summary>
    /// Checks every parsed file of the project, in parallel. A file the cache says passed before is skipped, and so
    /// is one whose kind and text passed in a compilation sharing the work (<see cref="SharedWork"/>); a file
    /// with problems is checked for itself, so messages name it.
    /// </summary>
    public static void Validate(ProjectSources sources, DiagnosticBag diagnostics, SchemaCache? cache = null, SharedWork? shared = null) =>
        (shared?.SchemaChecks ?? new()).ForEach(
            [.. sources.Documents.Where(document => document.Root is not null)],
            document => (document.Kind, document.File.Text),
            document =>
            {
                if (cache?.Passed(document) == true)
                {
                    return [];
                }

                var found = Check(document);
                if (found.Count == 0)
                {
                    cache?.Remember(document);
                }

                return found;
            },
            (document, found, own) => diagnostics.AddRange(own || found.Count == 0 ? found : Check(document)));

    /// <summary>Starts loading the schema on the thread pool, so it is ready (or nearly) when the first file is checked.</summary>
    public static void Preload() => _ = Task.Run(() => SourceSchemas.For(SourceKind.Project));

    /// <summary>What the schema says about one file (nothing when it passes).</summary>
    private static List<Diagnostic> Check(SourceDocument document)
    {
        var root = document.Root!;
        // Nearly every file passes, and then where each token came from is never asked: the file is converted
        // without remembering it, and converted again (and checked again, with the same errors) only when it fails.
        var schema = SourceSchemas.For(document.Kind);
        if (UnionFirstValidator.Instance.Passes(new YamlToJson(rememberOrigins: false).Convert(root), schema))
        {
            return [];
        }

        var converter = new YamlToJson(rememberOrigins: true);
        var errors = UnionFirstValidator.Instance.Validate(converter.Convert(root), schema);
        var reporter = new SchemaErrorReporter(converter, document.File, root);
        foreach (var error in errors)
        {
            reporter.Report(error);
        }

        return reporter.Results;
    }
}
