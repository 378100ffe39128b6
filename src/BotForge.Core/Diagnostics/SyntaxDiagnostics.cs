using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>Codes of the YAML reading stage (BF001x).</summary>
public static class SyntaxDiagnostics
{
    public static readonly DiagnosticDescriptor YamlSyntax = new("BF0010", DiagnosticLevel.Error, "YAML syntax error");
    public static readonly DiagnosticDescriptor DuplicateKey = new("BF0011", DiagnosticLevel.Error, "Duplicate key in a mapping");
    public static readonly DiagnosticDescriptor ComplexKey = new("BF0012", DiagnosticLevel.Error, "Mapping key is not a plain string");
    public static readonly DiagnosticDescriptor MultipleDocuments = new("BF0013", DiagnosticLevel.Error, "More than one YAML document in a file");
    public static readonly DiagnosticDescriptor TooDeep = new("BF0014", DiagnosticLevel.Error, "YAML nested too deeply");
    public static readonly DiagnosticDescriptor UnknownAlias = new("BF0015", DiagnosticLevel.Error, "Alias to an unknown anchor");
    public static readonly DiagnosticDescriptor LongValue = new("BF0016", DiagnosticLevel.Error, "Value too long");
    public static readonly DiagnosticDescriptor RunOnItems = new("BF0017", DiagnosticLevel.Warning, "List items read as part of the text before them");
    public static readonly DiagnosticDescriptor MergeValue = new("BF0018", DiagnosticLevel.Error, "Merge key ('<<') whose value is not a mapping");
    public static readonly DiagnosticDescriptor UnreadTag = new("BF0019", DiagnosticLevel.Error, "YAML tag BotForge does not read, or a value not of its tag's type");
    public static readonly DiagnosticDescriptor CutByComment = new("BF0020", DiagnosticLevel.Warning, "Value cut short by a '#' that starts a comment");
    public static readonly DiagnosticDescriptor UnrepeatedAnchor = new("BF0021", DiagnosticLevel.Warning, "Text starting with an anchor ('&') that nothing repeats");

    public static Diagnostic Syntax(SourceLocation at, string parserMessage, string? hint) =>
        YamlSyntax.At(at, $"invalid YAML: {parserMessage}", hint);

    public static Diagnostic Duplicate(SourceLocation at, string key, int firstLine) =>
        DuplicateKey.At(at, $"duplicate key '{key}' (first written on line {firstLine})", "a YAML parser would silently keep only one of them; remove or rename one");

    public static Diagnostic NonScalarKey(SourceLocation at) =>
        ComplexKey.At(at, "a mapping key must be a plain string, not a list or a mapping");

    public static Diagnostic ExtraDocument(SourceLocation at) =>
        MultipleDocuments.At(at, "a BotForge file holds one YAML document; found another after '---'", "split it into separate files");

    public static Diagnostic Nesting(SourceLocation at, int limit) =>
        TooDeep.At(at, $"the document is nested more than {limit} levels deep");

    public static Diagnostic BadMerge(SourceLocation at, string found) =>
        MergeValue.At(at, $"a merge key '<<' takes a mapping or a list of mappings to take keys from, not {found}",
            "write '<<: *name' with an anchor '&name' on a mapping; quote the key ('<<') for a key of that name");

    /// <param name="at">The tagged value.</param>
    /// <param name="problem">Why the tag cannot stand.</param>
    /// <param name="written">A plain text as written, tag and all, when the '!' may have been meant as text ("!Urgent: read this").</param>
    public static Diagnostic Tag(SourceLocation at, string problem, string? written = null) =>
        UnreadTag.At(at, problem, written is null
            ? "remove the tag: a value is read as its text says (quote a text that looks like a number)"
            : $"if the '!' is text, put the value in quotes: {YamlText.DoubleQuoted(written)}; otherwise remove the tag");

    public static Diagnostic Alias(SourceLocation at, string name) =>
        UnknownAlias.At(at, $"alias '*{name}' refers to no anchor defined before it");

    public static Diagnostic RunOn(SourceLocation at, string value) =>
        RunOnItems.At(at, $"this text runs on over lines that start with '- ', which YAML reads as part of it, not as items of a list: '{Printable.Shorten(value, 60)}'",
            "indent every item of the list alike: this one is indented less than the items after it");

    /// <param name="at">The comment, from its '#'.</param>
    /// <param name="comment">The comment as written (shortened).</param>
    /// <param name="value">What the value is: "only 'Press'", "empty".</param>
    /// <param name="hint">How to write the value meant.</param>
    public static Diagnostic CommentCut(SourceLocation at, string comment, string value, string hint) =>
        CutByComment.At(at, $"YAML reads '{comment}' as a comment (a '#' after a space starts one), so this value is {value}", hint);

    /// <param name="at">The anchor, from its '&amp;'.</param>
    /// <param name="anchor">The anchor's name.</param>
    /// <param name="value">The value as read.</param>
    /// <param name="meant">The anchor and the value, as written.</param>
    public static Diagnostic Unrepeated(SourceLocation at, string anchor, string value, string meant) =>
        UnrepeatedAnchor.At(at, $"YAML reads '&{anchor}' as an anchor (a name for '*{anchor}' to repeat the value), not as text, and nothing repeats it: this value is {(value.Length == 0 ? "empty" : $"only '{Printable.Shorten(value, 40)}'")}",
            meant.Length <= 100 ? $"put the whole value in quotes: {YamlText.DoubleQuoted(meant)}; or remove the anchor" : "put the whole value in quotes, the '&' too; or remove the anchor");

    public static Diagnostic TooLong(SourceLocation at, int length, int limit) =>
        LongValue.At(at, $"this value is {length:N0} characters long; a value may be at most {limit:N0}", "keep long content (scripts, documents) in files of their own");
}
