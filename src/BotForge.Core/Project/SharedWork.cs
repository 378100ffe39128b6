using System.Collections.Concurrent;
using BotForge.Analysis.Similarity;
using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Syntax;

namespace BotForge.Project;

/// <summary>
/// What compilations in one process share: a file whose text another compilation already parsed is not parsed
/// again, one whose kind and text already passed the schema check is not checked again, and BF2006's similarity
/// join starts from the other compilation's. Results are taken over only where they are exactly what the work
/// would give: a parse with nothing to report (its tree, which names no file, is this compilation's tree too), a
/// check that found nothing, the pairs of texts both have in the same groups. Anything else is done again for the
/// file or text at hand, so messages name it. <c>botforge diff</c> uses one for its two versions, which usually
/// differ in a few files out of many.
/// </summary>
public sealed class SharedWork
{
    /// <summary>Each file text once: a file whose text another compilation read holds that one string, and its own copy is dropped at once.</summary>
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>BF2006's similarity joins from scratch, by threshold: the first compilation to need one makes it.</summary>
    private readonly ConcurrentDictionary<double, Task<SimilarTexts<string>>> _similarTexts = new();

    internal WorkShare<(Limits Limits, string Text), ParsedText> Parses { get; } = new();

    /// <summary>The first string read with this text (by any compilation sharing the work), so equal file texts are kept once.</summary>
    internal string Text(string text) => _texts.GetOrAdd(text, text);

    internal WorkShare<(SourceKind Kind, string Text), IReadOnlyList<Diagnostic>> SchemaChecks { get; } = new();

    /// <summary>
    /// Forgets every text not in <paramref name="texts"/> with its parse and schema check, so a process that compiles
    /// one project again and again (the language server, after each edit) holds only the work of its current files.
    /// The first similarity join is kept: later joins start from it whatever the files hold now.
    /// </summary>
    public void Retain(IReadOnlySet<string> texts)
    {
        foreach (var text in _texts.Keys.Where(t => !texts.Contains(t)).ToList())
        {
            _texts.TryRemove(text, out _);
        }

        Parses.Retain(key => texts.Contains(key.Text));
        SchemaChecks.Retain(key => texts.Contains(key.Text));
    }

    /// <summary>
    /// The similarity join of <paramref name="texts"/> (BF2006): the first compilation to ask at a threshold joins
    /// its texts from scratch; a later one waits for that join (when it is under way) and starts from it, comparing
    /// only its texts that are new or lead elsewhere. The result is exactly a join from scratch.
    /// </summary>
    internal SimilarTexts<string> SimilarityJoin(IReadOnlyList<string> texts, IReadOnlyList<string> groups, double threshold)
    {
        var distinct = new DistinctTexts<string>(texts, groups);
        var mine = new TaskCompletionSource<SimilarTexts<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _similarTexts.GetOrAdd(threshold, mine.Task);
        if (first != mine.Task)
        {
            return SimilarTexts<string>.Find(distinct, threshold, first.GetAwaiter().GetResult());
        }

        try
        {
            var join = SimilarTexts<string>.Find(distinct, threshold);
            mine.SetResult(join);
            return join;
        }
        catch (Exception e)
        {
            mine.SetException(e);
            throw;
        }
    }
}

/// <summary>One parse of a file's text: the tree and what the parser reported (naming the file it was parsed for).</summary>
internal sealed record ParsedText(YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics);
