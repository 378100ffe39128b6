using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>Codes of structural validation against the source-format JSON Schema (BF01xx).</summary>
public static class SchemaDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownKeyCode = new("BF0101", DiagnosticLevel.Error, "Unknown key");
    public static readonly DiagnosticDescriptor MissingKeyCode = new("BF0102", DiagnosticLevel.Error, "Missing required key");
    public static readonly DiagnosticDescriptor WrongTypeCode = new("BF0103", DiagnosticLevel.Error, "Value of the wrong type");
    public static readonly DiagnosticDescriptor BadIdentifierCode = new("BF0104", DiagnosticLevel.Error, "Invalid identifier or formatted value");
    public static readonly DiagnosticDescriptor NotAllowedCode = new("BF0105", DiagnosticLevel.Error, "Value not among the allowed ones");
    public static readonly DiagnosticDescriptor OutOfRangeCode = new("BF0106", DiagnosticLevel.Error, "Value out of range or list of the wrong size");
    public static readonly DiagnosticDescriptor TooDeepCode = new("BF0107", DiagnosticLevel.Error, "Document too large after expanding aliases");

    /// <summary>Most keys a mapping may have for an unknown key's hint to list them all.</summary>
    private const int KeysListed = 8;

    /// <summary>An unknown key: the known key it is closest to, or (a mapping with few keys) the keys it may have.</summary>
    public static Diagnostic UnknownKey(SourceLocation at, string key, string where, string? suggestion, IReadOnlyCollection<string>? keys = null) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}", suggestion is not null ? $"did you mean '{suggestion}'?"
            : keys is { Count: > 0 and <= KeysListed } ? $"the keys here are {string.Join(", ", keys)}; a typo is never ignored"
            : "a typo is never ignored; remove the key or fix its spelling");

    /// <summary>An FAQ's other ways to ask written under a key of their own (<c>variations:</c>), as other tools keep them: they belong in its questions.</summary>
    public static Diagnostic FaqVariations(SourceLocation at, string key, string where, (string Question, string Variation) asked)
    {
        var example = string.Join(", ", new[] { asked.Question, asked.Variation }.Where(t => t.Length > 0));
        return UnknownKeyCode.At(at, $"unknown key '{key}' in {where}",
            $"an FAQ's question and the other ways to ask it are one list: write them all under 'questions:'{(example.Length > 0 ? $" (questions: [{example}, …])" : string.Empty)}");
    }

    /// <summary>A test's HTTP answer written as mock servers write one, a <c>request:</c> and a <c>response:</c>: it is one mapping.</summary>
    public static Diagnostic HttpAnswerParts(SourceLocation at, string key, string where, (string Method, string Url) request)
    {
        var example = $"method: {(request.Method.Length > 0 ? request.Method : "GET")}, url: {(request.Url.Length > 0 ? request.Url : "https://…")}, status: 200, body: …";
        return UnknownKeyCode.At(at, $"unknown key '{key}' in {where}",
            $"an answer is one mapping: the request it answers as method: and url:, its response as status: and body: beside them ({example})");
    }

    /// <summary>An unknown key written where a required key is missing: likely that key under another name.</summary>
    public static Diagnostic InsteadOfMissing(SourceLocation at, string key, string where, string missing) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}", $"the required key '{missing}' is missing here: write '{key}' as '{missing}'?");

    /// <summary>An unknown key that belongs under an empty key before it: the indentation went wrong.</summary>
    public static Diagnostic BelongsUnder(SourceLocation at, string key, string where, string emptyKey, int emptyKeyLine) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}",
            $"'{key}' is a key of '{emptyKey}:', which is empty (line {emptyKeyLine}): indent it under '{emptyKey}:'");

    /// <summary>An unknown key that belongs inside the value of a key beside it.</summary>
    public static Diagnostic BelongsInside(SourceLocation at, string key, string where, string sibling) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}", $"'{key}' is a key of '{sibling}:', written beside it: move it inside '{sibling}:'");

    /// <summary>A map by language written around a response (<c>bot_says: { ja: { initial: … }, en: … }</c>): it goes on each text.</summary>
    public static Diagnostic LanguagesAround(SourceLocation at, string key, string where, string instead) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}",
            $"'{key}' is a language: a map by language goes on each text, not around the response; write {instead}");

    /// <summary>A connection's <c>value:</c> or <c>values:</c> written beside <c>entity: NAME</c>: the condition is one mapping.</summary>
    public static Diagnostic EntityValueBeside(SourceLocation at, string key, string where, string entity, string values) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}",
            $"an entity-value condition is one mapping under 'entity:': write entity: {{ name: {entity}, values: [{values}] }}");

    /// <summary>An unknown key that belongs beside the key it is written under, not inside its value.</summary>
    public static Diagnostic BelongsBeside(SourceLocation at, string key, string where, string outer) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}", $"'{key}' is a key beside '{outer}:', not inside it: move it out, level with '{outer}:'");

    /// <summary>An unknown key that is really the rest of the previous value, cut at a comma inside <c>{ }</c>.</summary>
    /// <param name="at">Where the rest begins.</param>
    /// <param name="key">The rest, read as a key.</param>
    /// <param name="where">The mapping it is in.</param>
    /// <param name="previousKey">The key whose text was cut.</param>
    /// <param name="joined">The text as meant.</param>
    /// <param name="items">For a key that takes a list, the list the parts make, as written in YAML.</param>
    public static Diagnostic SplitAtComma(SourceLocation at, string key, string where, string previousKey, string joined, IReadOnlyList<string>? items = null) =>
        UnknownKeyCode.At(at, $"unknown key '{key}' in {where}: inside {{ }} a comma ends a value, so the text of '{previousKey}' was cut in two",
            items is null
                ? $"put the value in quotes: {previousKey}: {YamlText.DoubleQuoted(joined)}"
                : $"{previousKey} takes a list: {previousKey}: [{string.Join(", ", items)}]");

    public static Diagnostic MissingKey(SourceLocation at, string key, string where) =>
        MissingKeyCode.At(at, $"{where} is missing the required key '{key}'");

    public static Diagnostic WrongType(SourceLocation at, string expected, string found, string? hint = null) =>
        WrongTypeCode.At(at, $"expected {expected}, found {found}", hint);

    public static Diagnostic BadIdentifier(SourceLocation at, string value, string what, string? hint) =>
        BadIdentifierCode.At(at, $"'{value}' is not a valid {what}", hint);

    public static Diagnostic NotAllowed(SourceLocation at, string value, IEnumerable<string> allowed, string? suggestion) =>
        NotAllowedCode.At(at, $"'{value}' is not allowed here; expected one of: {string.Join(", ", allowed)}", suggestion is null ? null : $"did you mean '{suggestion}'?");

    public static Diagnostic OutOfRange(SourceLocation at, string message, string? hint = null) =>
        OutOfRangeCode.At(at, message, hint);

    public static Diagnostic AliasExpansion(SourceLocation at, int limit) =>
        TooDeepCode.At(at, $"the file holds more than {limit:N0} values once its YAML aliases are followed; reading stopped here", "an alias 'bomb' is rejected rather than expanded; write the values out or use fewer aliases");
}
