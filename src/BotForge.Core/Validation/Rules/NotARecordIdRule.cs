using System.Text.RegularExpressions;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// A Salesforce read (<c>get_contact</c>'s <c>contact_id</c>, <c>get_record</c>'s <c>object_id</c>) given a value
/// that is never a record id: an email, a phone number, a case number of eight digits. The integration service reads
/// a record by its id only, so every such request finds nothing, while a conversation test, whose stub answers any
/// id, passes.
/// </summary>
public sealed partial class NotARecordIdRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2051", DiagnosticLevel.Warning, "Salesforce record read by a value that is not a record id");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "not-a-record-id";

    public override string Why => """
        The integration service reads a Salesforce record by its id (`object_id`), and nothing else: 15 or 18 letters and digits, whose first three say the object (`003` a Contact, `500` a Case, `001` an Account). A read given an email address, a phone number, a name, or a case's or an order's number (`00001026`, `ORD123456`: a field of the record, not its id) finds no record on any conversation, and the bot takes its failure branch every time; a conversation test, whose stub answers whatever id is sent, passes. Reported where the id is one placeholder whose values are never an id — the user's name, language or channel, or the platform's own id of the user (`${user.user_id}`, not the customer's), a public entity (email, phone_number, date…), a number entity or a regex entity whose matches are never 15 or 18 characters long, a dictionary entity none of whose values is one, a currency or an attachment — or a written id that is not one, or is another object's (a Contact read by `001…`, an Account's). A value BotForge cannot judge (a user detail, a conversation detail, the `auth_id` a client passes, a regex it cannot measure) is not reported.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: PROFILE
            start: true
            user_says: [my profile]
            entities:
              - entity: email
                prompt: What is your email address?
            next:
              - to: FETCH
          - id: FETCH
            type: code
            action:
              salesforce.get_contact:
                contact_id: ${entity.email}
                fields: [FirstName]
            next:
              - to: SHOWN
                when: status == true
              - to: FAILED
                when: status == false
          - id: SHOWN
            type: output
            end: true
            bot_says: Hi ${output.FirstName}!
          - id: FAILED
            type: output
            end: true
            bot_says: Sorry, I could not find you.
        """, At: "stories/main/flow.yaml:14:21", Project: ExampleBots.SalesforceProject);

    public override RuleExample Fixed => Failing.Fix("contact_id: ${entity.email}", "contact_id: ${user_details.salesforce_contact_id}");

    /// <summary>The key prefixes (an id's first three characters) of the standard objects bots read.</summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Account"] = "001",
        ["Contact"] = "003",
        ["User"] = "005",
        ["Opportunity"] = "006",
        ["Lead"] = "00Q",
        ["Task"] = "00T",
        ["Event"] = "00U",
        ["Product2"] = "01t",
        ["Asset"] = "02i",
        ["Case"] = "500",
        ["Campaign"] = "701",
        ["Contract"] = "800",
        ["Order"] = "801",
    };

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Bot.Nodes)
        {
            if (node.Code is not ActionStep step || Read(step) is not { } read || read.Id.Template is not { } template)
            {
                continue;
            }

            var prefix = Prefixes.GetValueOrDefault(read.ObjectType ?? string.Empty);
            var expected = $"Salesforce reads {Article(read.ObjectType)} by its record id (15 or 18 letters and digits{(prefix is null ? string.Empty : $", starting {prefix}")})";
            if (template.Literal is { } literal)
            {
                if (LiteralFault(literal, read.ObjectType, prefix) is { } fault)
                {
                    context.Report(template.Location, $"{read.Id.Name} '{literal}' {fault}, where {expected}: the request finds nothing",
                        $"write the id of the {read.ObjectType ?? "record"} as Salesforce shows it (its address in Salesforce ends with it)");
                }

                continue;
            }

            if (template.Parts is not [PlaceholderPart { Kind: PlaceholderKind.Entity or PlaceholderKind.User } placeholder]
                || (placeholder.Kind == PlaceholderKind.Entity ? Held(context.Bot, placeholder.Key) : UserHeld(placeholder.Key)) is not { } held)
            {
                continue;
            }

            var where = read.ObjectType is "Contact"
                ? "give the contact's id the conversation holds: from the user's details (${user_details.salesforce_contact_id}) or a field an earlier read stored (${conversation.ContactId})"
                : "give the record's id the conversation holds: from the user's details or a field an earlier read stored (${conversation.KEY})";
            var number = read.ObjectType?.ToUpperInvariant() switch
            {
                "CASE" => " (a Case's number, 00001026, is a field of the Case, not its id)",
                "ORDER" => " (an Order's number is a field of the Order, not its id)",
                _ => string.Empty,
            };
            context.Report(placeholder.Location,
                $"{read.Id.Name} is given ${{{PlaceholderNamespaces.Of(placeholder.Kind)}.{placeholder.Key}}}, {held}, where {expected}: the request finds nothing on any conversation, though a conversation test's stub answers it",
                $"Salesforce reads a record only by its id{number}; {where}");
        }
    }

    /// <summary>The input of <paramref name="step"/> that names the record read, and the object's type when it is written; null for a step that reads none.</summary>
    private static (ActionArgument Id, string? ObjectType)? Read(ActionStep step) => step.Action.Name switch
    {
        "salesforce.get_contact" when step.Arguments.FirstOrDefault(a => a.Name == "contact_id") is { } id => (id, "Contact"),
        "salesforce.get_record" when step.Arguments.FirstOrDefault(a => a.Name == "object_id") is { } id =>
            (id, step.Arguments.FirstOrDefault(a => a.Name == "object_type")?.List?.FirstOrDefault()),   // a name is bound as a list of one
        _ => null,
    };

    /// <summary>What is wrong with a written id, or null when it may be the record's.</summary>
    private static string? LiteralFault(string literal, string? objectType, string? prefix)
    {
        if (!IdShape().IsMatch(literal))
        {
            return "is not a record id";
        }

        if (prefix is null || literal.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var other = Prefixes.FirstOrDefault(p => literal.StartsWith(p.Value, StringComparison.Ordinal)).Key;
        return other is null ? null : $"is {Article(other)}'s id ({Prefixes[other]}…), not {Article(objectType)}'s";
    }

    /// <summary>
    /// What the entity <paramref name="name"/> holds, said so that it is plainly no record id ("an email address", "a
    /// number of at most 8 digits"); null when its values may be one, or nothing is known of them.
    /// </summary>
    private static string? Held(BotModel bot, string name)
    {
        if (bot.Entities.FirstOrDefault(e => e.Name == name) is not { } entity)
        {
            return EntityValueKinds.Public(name);
        }

        return entity.Type switch
        {
            EntityType.Currency or EntityType.Attachment => EntityValueKinds.Private(entity.Type),
            EntityType.Number when (entity.MinDigits ?? 1, entity.MaxDigits ?? int.MaxValue) is var (least, most) && NeverAnIdLong(least, most) =>
                most == int.MaxValue ? $"a number of at least {least} digits" : $"a number of {(least == most ? $"{least}" : $"{least} to {most}")} digits",
            EntityType.Regex when entity.Pattern is { } pattern && RegexWidths.Of(pattern) is { } width && NeverAnIdLong(width.Min, width.Max) =>
                $"whose pattern matches {(width.Min == width.Max ? $"{width.Min} characters" : $"{width.Min} to {width.Max} characters")}",
            EntityType.Dictionary when entity.Values.Count > 0 && !entity.Values.Any(v => IdShape().IsMatch(v.Value)) => EntityValueKinds.Dictionary(entity),
            _ => null,
        };
    }

    /// <summary>
    /// What the platform's user field <paramref name="key"/> holds when it is never a Salesforce id: the user's names,
    /// the platform's own user id, the channel and the language; null for the ids the client passes (auth_id,
    /// auth_code), which may be one.
    /// </summary>
    private static string? UserHeld(string key) => key switch
    {
        "full_name" or "user_name" => "the user's name",
        "user_id" => "the platform's own id of the user",
        "device_platform" => "the channel the user chats on",
        "language_code" => "the user's language",
        _ => null,
    };

    /// <summary>Whether no length from <paramref name="least"/> to <paramref name="most"/> is an id's (15 or 18).</summary>
    private static bool NeverAnIdLong(int least, int most) => !(least <= 15 && 15 <= most) && !(least <= 18 && 18 <= most);

    private static string Article(string? objectType) => objectType switch
    {
        null => "a record",
        _ when "AEIOU".Contains(char.ToUpperInvariant(objectType[0]), StringComparison.Ordinal) => $"an {objectType}",
        _ => $"a {objectType}",
    };

    /// <summary>A Salesforce record id: 15 letters and digits (case-sensitive), or 18 (with the case-insensitive suffix).</summary>
    [GeneratedRegex("^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
