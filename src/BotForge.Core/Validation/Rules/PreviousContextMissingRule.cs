using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Simulation.Nlu;

namespace BotForge.Validation.Rules;

/// <summary>
/// A prompt or reprompt for an entity with previous-context tags whose last message holds none of them: the answer
/// to it follows a bot message without the tags, so the platform takes no value from it, and the node can never
/// collect the entity.
/// </summary>
public sealed class PreviousContextMissingRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1040", DiagnosticLevel.Error, "Question without its entity's previous-context words");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "previous-context-missing";

    public override string Why => """
        An entity's `previous_context:` words (the platform's previous-context tags) let it take a value only from a message that answers a bot message holding one of them, so a "no" is a value only as the answer to the question it belongs to. The question is the entity's prompt, or its reprompt after a bad answer: when the last message of one of their variants holds none of the words (as whole words, in a language of the bot; its quick replies and buttons count), the user's answer to it is never taken, and the node asks and reprompts in vain. Put one of the words in the question, or add a word of the question to `previous_context:`. A placeholder is read for what its value can show: a number, a date, a time, a phone number or a pincode no word but one of digits, an amount (a currency entity) its digits and its unit (`5400 INR`), a dictionary entity the names of its values, a regex entity a word its pattern writes (`\b(?:sure|no)\b`) or, when the pattern repeats nothing, a word of the letters it can write (`\bHB-\d{6}\b` no 'sure'), a person's name, an email or what the user typed into a pattern that repeats (`[A-Z0-9]{6}`, `.+`) none (a question answered only for a user called "Sure", or whose booking is "SURE12", is broken for everyone else); a text whose placeholder may show any word (an output, another user's field, a patterns entity), or is written against a letter, is not judged, nor is a last message with no text (a carousel, raw HSL).
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: REPORT
            start: true
            end: true
            user_says: [report a power cut]
            entities:
              - entity: hazard
                prompt: Any sparks or a burning smell?
              - entity: email
                prompt: Your email?
            bot_says:
              final: Thanks, we are on it.
        """, At: "stories/main/flow.yaml:8:17")
    {
        Files = new Dictionary<string, string>
        {
            ["entities.yaml"] = """
                entities:
                  - name: hazard
                    type: dictionary
                    values: { 'yes': ['yes', sparks], 'no': ['no', nope] }
                    previous_context: [danger]
                """,
        },
    };

    public override RuleExample Fixed => Failing.Fix("prompt: Any sparks or a burning smell?", "prompt: Is there any danger, like sparks or a burning smell?");

    public override void Check(RuleContext context)
    {
        // An entity's own reprompt serves every node that collects it: reported once.
        var reported = new HashSet<Message>(ReferenceEqualityComparer.Instance);
        foreach (var node in context.Bot.Nodes)
        {
            foreach (var use in node.Entities.Where(u => u.Mandatory && u.Entity.Definition is { PreviousContext.Count: > 0 }))
            {
                var definition = use.Entity.Definition!;
                var tags = definition.PreviousContext.Select(t => t.Text).ToList();
                foreach (var (response, what) in new[] { (use.Prompt, "prompt"), (use.Reprompt ?? definition.Reprompt, "reprompt") })
                {
                    foreach (var variant in response?.Variants ?? [])
                    {
                        if (variant.Messages.Count == 0)
                        {
                            continue;
                        }

                        var last = variant.Messages[^1];
                        // Every language that lacks them, in one finding: the author mends them all at once.
                        var lacking = context.Bot.Bot.Languages.Where(language => Lacks(last, language, use.Entity, context.Bot)).ToList();
                        if (lacking.Count > 0 && reported.Add(last))
                        {
                            context.Report(last.Location,
                                $"{use.Entity.Name} takes a value only after a bot message with {Quoted(tags)} (previous_context), and this {what} of {node.SystemName} has none{(context.Bot.Bot.Languages.Count > 1 ? $" in {string.Join(" and ", lacking.Select(l => $"'{l}'"))}" : string.Empty)}: the answer to it is never taken",
                                $"put {(tags.Count == 1 ? "the word" : "one of the words")} in the {what}, or add a word of the {what} to {use.Entity.Name}'s previous_context");
                            break;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when the message, as the engine shows it in <paramref name="language"/>, surely holds none of the entity's
    /// previous-context words: its text with its quick replies' and buttons' has none outside its placeholders, and no
    /// placeholder can show one (<see cref="MayShow"/>). A message with no text, or a placeholder written against a
    /// letter or a digit (whose value joins a word), cannot be told.
    /// </summary>
    private static bool Lacks(Message message, string language, EntityRef entity, BotModel bot)
    {
        if (ShownAround(message, language) is not { } literal)
        {
            return false;
        }

        var (text, choices) = Parts(message);
        var templates = new[] { text }.Concat(choices).Select(t => t!.In(language)).ToList();

        var placeholders = new List<PlaceholderPart>();
        foreach (var parts in templates.Select(t => t!.Parts))
        {
            for (var i = 0; i < parts.Count; i++)
            {
                if (parts[i] is PlaceholderPart placeholder)
                {
                    bool Joins(int at, Func<string, char> side) =>
                        at >= 0 && at < parts.Count && (parts[at] is not LiteralPart { Text.Length: > 0 } literal || char.IsLetterOrDigit(side(literal.Text)));
                    if (Joins(i - 1, t => t[^1]) || Joins(i + 1, t => t[0]))
                    {
                        return false;
                    }

                    placeholders.Add(placeholder);
                }
            }
        }

        return !EntityExtractor.InContext(entity, literal)
            && !placeholders.Any(p => entity.Definition!.PreviousContext.Any(word => MayShow(p, UserSays.Normalize(word.Text), bot)));
    }

    /// <summary>
    /// The message's texts in <paramref name="language"/> as shown, its quick replies' and buttons' too, each placeholder
    /// standing as a word no text has, so a previous-context word found in it is surely shown whatever the placeholders
    /// hold; null when the message has no text.
    /// </summary>
    internal static string? ShownAround(Message message, string language)
    {
        var (text, choices) = Parts(message);
        var templates = new[] { text }.Concat(choices).Select(t => t?.In(language)).ToList();
        return templates.Any(t => t is null) ? null
            : string.Join(" ", templates.Select(t => string.Concat(t!.Parts.Select(p => p is LiteralPart l ? l.Text : " \u0001 "))));
    }

    /// <summary>
    /// Whether a placeholder's value can hold <paramref name="word"/> (a normal form) as a word: a number, a date, a time,
    /// a phone number or a pincode only a word of digits; a dictionary entity one of its values' names; a regex entity
    /// a word its pattern writes (<c>\b(?:sure|no)\b</c>), or, when the pattern repeats nothing, a word whose letters it
    /// can write (<see cref="Letters"/>); a pattern that repeats (<c>[A-Z0-9]{6}</c>, <c>.+</c>) matches whatever the
    /// user typed, which like a person's name (person_name, the user's full_name or user_name) or an email holds none,
    /// as a question that needs the user to be called "Sure" (or a booking to be "SURE12") to be answered is broken for
    /// everyone else; anything else (an output, another user's field, a patterns entity) any word, as can a value in a
    /// word of several.
    /// </summary>
    private static bool MayShow(PlaceholderPart placeholder, string word, BotModel bot)
    {
        if (placeholder is { Kind: PlaceholderKind.User, Key: "full_name" or "user_name" })
        {
            return false;
        }

        if (placeholder.Kind != PlaceholderKind.Entity || word.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        if (bot.Entities.FirstOrDefault(e => e.Name == placeholder.Key) is not { } definition)
        {
            return PublicEntities.ReadingOf(placeholder.Key) switch
            {
                PublicReading.PersonName or PublicReading.Email => false,
                PublicReading.Number or PublicReading.FourDigits or PublicReading.Pincode or PublicReading.PhoneNumber or PublicReading.Date or PublicReading.Time => word.All(char.IsDigit),
                _ => true,
            };
        }

        return definition.Type switch
        {
            EntityType.Number => word.All(char.IsDigit),
            EntityType.Currency => word.All(char.IsDigit) || word is "usd" or "eur" or "gbp" or "inr",   // an amount and its unit ("5400 INR")
            EntityType.Dictionary => definition.Values.Any(v => UserSays.Holds(UserSays.Normalize(v.Value), word)),
            EntityType.Regex => definition.Pattern is not { } pattern || pattern.Contains(word, StringComparison.OrdinalIgnoreCase)
                || (!Repeats(pattern) && (Letters(pattern) is not { } letters || word.Where(char.IsLetter).All(letters.Contains))),
            _ => true,
        };
    }

    /// <summary>True when the pattern repeats something (<c>*</c>, <c>+</c> or <c>{n}</c> outside a class and not escaped), so a match is as long as the user makes it.</summary>
    internal static bool Repeats(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    // To the class's closing ']' (a ']' first in it is a letter of it), passing its escapes.
                    i++;
                    if (i < pattern.Length && pattern[i] == '^')
                    {
                        i++;
                    }

                    for (var first = true; i < pattern.Length && (pattern[i] != ']' || first); i++, first = false)
                    {
                        if (pattern[i] == '\\')
                        {
                            i++;
                        }
                    }

                    break;
                case '*' or '+':
                    return true;
                case '{' when i + 1 < pattern.Length && char.IsDigit(pattern[i + 1]):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The letters (in lower case) a match of a regex can hold, read from the pattern: its literal letters and those of
    /// its classes and ranges. Null when it may hold any: a '.', a negated class, or an escape that is a letter or a
    /// digit other than \d, \s, \b and the like (\w, \p{L}, \x41, a back-reference). A group's name or an option
    /// counts as letters too, which only makes the answer more careful.
    /// </summary>
    internal static HashSet<char>? Letters(string pattern)
    {
        const string NoLetter = "dsbBAzZGntrfv";
        var letters = new HashSet<char>();
        void Add(int c)
        {
            if (char.IsLetter((char)c))
            {
                letters.Add(char.ToLowerInvariant((char)c));
            }
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '.')
            {
                return null;
            }

            if (c == '\\')
            {
                if (++i >= pattern.Length || (char.IsLetterOrDigit(pattern[i]) && !NoLetter.Contains(pattern[i], StringComparison.Ordinal)))
                {
                    return null;
                }

                continue;
            }

            if (c != '[')
            {
                Add(c);
                continue;
            }

            // A class: its letters and ranges, to its closing ']' (a ']' first in it is a letter of it).
            var j = i + 1;
            if (j < pattern.Length && pattern[j] == '^')
            {
                return null;
            }

            for (var first = true; j < pattern.Length && (pattern[j] != ']' || first); j++, first = false)
            {
                int from = pattern[j];
                if (from == '[')
                {
                    return null;   // a subtraction, [a-z-[aeiou]]
                }

                if (from == '\\')
                {
                    if (++j >= pattern.Length || (char.IsLetterOrDigit(pattern[j]) && !NoLetter.Contains(pattern[j], StringComparison.Ordinal)))
                    {
                        return null;
                    }

                    from = char.IsLetterOrDigit(pattern[j]) ? -1 : pattern[j];
                }

                if (from >= 0 && j + 2 < pattern.Length && pattern[j + 1] == '-' && pattern[j + 2] != ']')
                {
                    if (pattern[j + 2] == '\\')
                    {
                        return null;   // a range to an escape: its end is not read here
                    }

                    for (var x = from; x <= pattern[j + 2]; x++)
                    {
                        Add(x);
                    }

                    j += 2;
                }
                else if (from >= 0)
                {
                    Add(from);
                }
            }

            if (j >= pattern.Length)
            {
                return null;
            }

            i = j;
        }

        return letters;
    }

    /// <summary>
    /// The message as the engine shows it in <paramref name="language"/>, its text with its quick replies' and buttons'
    /// texts; null when that cannot be told (a text with a placeholder, a message with no text).
    /// </summary>
    public static string? Shown(Message message, string language)
    {
        var (text, choices) = Parts(message);
        var shown = new[] { text }.Concat(choices).Select(t => Literal(t, language)).ToList();
        return shown.Any(s => s is null) ? null : string.Join(" ", shown);
    }

    /// <summary>
    /// The text of a message in <paramref name="language"/> (without its choices): when it has one without placeholders,
    /// or, unless <paramref name="literalOnly"/>, with its placeholders as written.
    /// </summary>
    public static string? Text(Message message, string language, bool literalOnly = true) =>
        literalOnly ? Literal(Parts(message).Text, language) : Parts(message).Text?.In(language)?.Raw;

    private static (LocalizedText? Text, IEnumerable<LocalizedText> Choices) Parts(Message message) => message switch
    {
        TextMessage t => (t.Text, t.QuickReplies.Select(b => b.Text)),
        ButtonsMessage b => (b.Text, b.Buttons.Select(x => x.Text)),
        ImageMessage { Text: { } caption } => (caption, []),
        _ => (null, []),
    };

    private static string? Literal(LocalizedText? text, string language) => text?.In(language)?.Literal;

    private static string Quoted(IReadOnlyList<string> tags) =>
        tags.Count == 1 ? $"'{tags[0]}'" : "one of " + string.Join(", ", tags.Select(t => $"'{t}'"));
}
