using BotForge.Diagnostics;
using BotForge.Syntax;
using BotForge.Validation;

namespace BotForge.Project;

/// <summary>
/// What compilations in one process share: a file whose text another compilation already parsed is not parsed
/// again, and one whose kind and text already passed the schema check is not checked again. Results are taken
/// over only where they are exactly what the work would give: a parse with nothing to report (its tree copied
/// onto this compilation's file, so every location names this file), a check that found nothing. Anything else is
/// done again for the file at hand, so messages name it. <c>botforge diff</c> uses one for its two versions, which
/// usually differ in a few files out of many.
/// </summary>
public sealed class SharedWork
{
    internal WorkShare<(Limits Limits, string Text), ParsedText> Parses { get; } = new();

    internal WorkShare<(SourceKind Kind, string Text), IReadOnlyList<Diagnostic>> SchemaChecks { get; } = new();
}

/// <summary>One parse of a file's text: the tree (its nodes name the file it was parsed for) and what the parser reported.</summary>
internal sealed record ParsedText(YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics);
