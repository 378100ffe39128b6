using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>
/// One check on the bound model, with a stable code (BF1xxx: the platform rejects it or it breaks at run time;
/// BF2xxx: quality), a kebab-case id usable in <c>lint.rules</c>, and the examples its docs page and tests use.
/// Concrete rules are sealed classes in this namespace, found by <see cref="RuleCatalog"/>.
/// </summary>
public abstract class Rule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>The name used in <c>lint.rules</c> besides the code, e.g. <c>min-user-says</c>.</summary>
    public abstract string Id { get; }

    /// <summary>Why it matters, for the docs page (markdown, one paragraph).</summary>
    public abstract string Why { get; }

    /// <summary>A minimal project that breaks the rule, and where the finding is reported.</summary>
    public abstract RuleExample Failing { get; }

    /// <summary>The same project, fixed.</summary>
    public abstract RuleExample Fixed { get; }

    /// <summary>
    /// True for a rule that takes far longer than the others on a large bot (BF2006): it is started first, so the
    /// other rules fill the cores around it instead of it running alone at the end. Only scheduling depends on it.
    /// </summary>
    public virtual bool RunsLong => false;

    public abstract void Check(RuleContext context);
}

/// <summary>
/// A small project for docs and tests: <see cref="Flow"/> is <c>stories/main/flow.yaml</c>; <see cref="Project"/>,
/// when set, is added to the base <c>botforge.yaml</c>; <see cref="Files"/> are further files. <see cref="At"/> is
/// <c>path:line:column</c> of the expected finding (failing examples only).
/// </summary>
public sealed record RuleExample(string Flow, string? Project = null, string? At = null)
{
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The fixed counterpart of a failing example: <paramref name="oldText"/> replaced by <paramref name="newText"/>
    /// wherever it is written (flow, project additions, further files), and no expected place. Throws when the text
    /// is nowhere, so an example cannot drift from its fix unnoticed.
    /// </summary>
    public RuleExample Fix(string oldText, string newText)
    {
        var found = false;
        string? Swap(string? text)
        {
            found |= text?.Contains(oldText, StringComparison.Ordinal) == true;
            return text?.Replace(oldText, newText, StringComparison.Ordinal);
        }

        var fixedExample = this with { Flow = Swap(Flow)!, Project = Swap(Project), At = null, Files = Files.ToDictionary(f => f.Key, f => Swap(f.Value)!) };
        return found ? fixedExample : throw new InvalidOperationException($"'{oldText}' is not in the example");
    }
}
