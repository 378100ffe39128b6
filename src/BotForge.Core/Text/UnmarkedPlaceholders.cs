using System.Text.RegularExpressions;

namespace BotForge.Text;

/// <summary>
/// A placeholder written without its <c>${…}</c>: as other template languages write one (<c>$(entity.email)</c>,
/// <c>{{entity.email}}</c>, <c>{entity.email}</c>, <c>$entity.email</c>), or bare (<c>entity.case_number</c>). The
/// namespaces are the placeholders' own (the binder's template parser reads them; a test keeps the two alike).
/// Groups <c>ns</c> and <c>key</c> name the placeholder meant.
/// </summary>
internal static partial class UnmarkedPlaceholders
{
    private const string Namespace = "(?<ns>entity|output|user_details|user|conversation|env)";

    private const string Key = "(?<key>[A-Za-z_][A-Za-z0-9_]*)";

    /// <summary><c>$(ns.key)</c>, <c>{{ns.key}}</c>, <c>{ns.key}</c> and <c>$ns.key</c>, spaces allowed inside braces.</summary>
    [GeneratedRegex(@"\$\(\s*" + Namespace + @"\." + Key + @"\s*\)|\{\{\s*" + Namespace + @"\." + Key + @"\s*\}\}|(?<![{$])\{\s*" + Namespace + @"\." + Key + @"\s*\}(?!\})|\$" + Namespace + @"\." + Key + @"\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Marked();

    /// <summary>
    /// A name alone where other template languages put a variable: Dialogflow's <c>$size</c>, Rasa's <c>{size}</c>,
    /// Botpress's and Handlebars' <c>{{size}}</c>. Group <c>key</c> is the name; whether it is an entity's is the caller's to say.
    /// </summary>
    [GeneratedRegex(@"\{\{\s*" + Key + @"\s*\}\}|(?<![{$])\{\s*" + Key + @"\s*\}(?!\})|(?<![$\w])\$" + Key + @"\b(?![.(])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Named();

    /// <summary>A text that is only <c>ns.key</c> (spaces around allowed).</summary>
    [GeneratedRegex(@"^\s*" + Namespace + @"\." + Key + @"\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Bare();
}
