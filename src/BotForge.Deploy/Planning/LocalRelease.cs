using System.Text;
using BotForge.Deploy.Releases;
using BotForge.Diagnostics;
using BotForge.Emit;
using BotForge.Model;

namespace BotForge.Deploy.Planning;

/// <summary>
/// A bot built in memory for release: the bundle (path → base64), its content hash (SHA-256 over the sorted
/// paths and bytes), the sources it came from (so a plan can diff against what is live), and its business
/// settings (the bundle's <c>business</c> section).
/// </summary>
public sealed record LocalRelease(
    string Source,
    BotModel Model,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> Bundle,
    IReadOnlyDictionary<string, string> Sources,
    string ContentHash,
    string Business)
{

    /// <summary>The release of a compilation without errors (callers check), or null when it does not emit.</summary>
    public static LocalRelease? From(Compilation compilation, string source)
    {
        if (compilation.Emit() is not { } files || compilation.Model is not { } model)
        {
            return null;
        }

        var bundle = files.ToDictionary(f => f.Path, f => Convert.ToBase64String(f.Content), StringComparer.Ordinal);
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in compilation.Sources!.Documents)
        {
            sources[document.RelativePath] = Convert.ToBase64String(Encoding.UTF8.GetBytes(document.File.Text));
        }

        foreach (var script in model.Nodes.Select(n => n.Code).OfType<ScriptStep>())
        {
            sources[script.RelativePath] = Convert.ToBase64String(Encoding.UTF8.GetBytes(script.Source));
        }

        return new LocalRelease(source, model, compilation.Diagnostics.ToSortedList(), bundle, sources, Hash(files), Emitter.BusinessSettings(model));
    }

    /// <summary>"sha256:" and the first twelve hex digits, for people.</summary>
    public static string Short(string contentHash) => contentHash.Length > 19 ? contentHash[..19] : contentHash;

    private static string Hash(IReadOnlyList<EmittedFile> files) => Contract.ContentHash(files.Select(f => (f.Path, f.Content)));
}
