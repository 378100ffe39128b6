using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>
/// <c>salesforce.create_case</c>'s <c>SuppliedEmail</c> given a value that is never an email address: Salesforce
/// checks an email field's form and refuses the whole case, so no case is created on any conversation.
/// </summary>
public sealed class CaseEmailRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2052", DiagnosticLevel.Warning, "A case's email given a value that is never an email address");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "case-email-not-an-email";

    public override string Why => """
        A case's `SuppliedEmail` is an email field: Salesforce checks that what it is given has an email address's form and, when not, refuses the whole case (`INVALID_EMAIL_ADDRESS`). A `create_case` whose `SuppliedEmail` is a phone number, a name or a date (a field mapped from the entity next to the right one) creates no case on any conversation, and the bot takes its failure branch every time; a conversation test, whose stub answers the request whatever it holds, passes. Reported where the value is one placeholder of an entity whose values are never an email address — a public entity of another kind (phone_number, person_name, date…), a number, currency or attachment entity, a dictionary entity none of whose values has an `@` — or text with a space in it (`Email: ${entity.email}`), or written text that is no email address. A value BotForge cannot judge (a user or conversation detail, a regex or patterns entity) is not reported.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: HELP
            start: true
            user_says: [I need help]
            entities:
              - entity: email
                prompt: What is your email address?
              - entity: phone_number
                prompt: And your phone number?
            next:
              - to: CREATE
          - id: CREATE
            type: code
            action:
              salesforce.create_case:
                subject: Help request
                SuppliedEmail: ${entity.phone_number}
                SuppliedPhone: ${entity.email}
            next:
              - to: DONE
                when: status == true
              - to: FAILED
                when: status == false
          - id: DONE
            type: output
            end: true
            bot_says: Your case ${output.case_id} is open.
          - id: FAILED
            type: output
            end: true
            bot_says: Sorry, I could not open a case.
        """, At: "stories/main/flow.yaml:17:24", Project: ExampleBots.SalesforceProject);

    public override RuleExample Fixed => Failing.Fix("SuppliedEmail: ${entity.phone_number}\n        SuppliedPhone: ${entity.email}", "SuppliedEmail: ${entity.email}\n        SuppliedPhone: ${entity.phone_number}");

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Bot.Nodes)
        {
            if (node.Code is not ActionStep { Action.Name: "salesforce.create_case" } step
                || step.Arguments.FirstOrDefault(a => a.Name == "SuppliedEmail")?.Template is not { } template)
            {
                continue;
            }

            if (template.Literal is { } literal)
            {
                if (!LooksLikeEmail(literal))
                {
                    context.Report(template.Location, $"SuppliedEmail '{literal}' is no email address: Salesforce refuses a case whose email field is not one, so no case is created",
                        "write the customer's email address, e.g. ${entity.email}, or leave SuppliedEmail out");
                }

                continue;
            }

            if (template.Parts.OfType<LiteralPart>().FirstOrDefault(p => p.Text.Any(char.IsWhiteSpace)) is { } spaced)
            {
                context.Report(template.Location, $"SuppliedEmail has '{spaced.Text.Trim()}' beside its placeholder, with a space: no email address has one, and Salesforce refuses a case whose email field is not one",
                    "give the email address alone, e.g. SuppliedEmail: ${entity.email}; say more in the Description");
                continue;
            }

            if (template.Parts is [PlaceholderPart { Kind: PlaceholderKind.Entity } placeholder] && Held(context.Bot, placeholder.Key) is { } held)
            {
                context.Report(placeholder.Location,
                    $"SuppliedEmail is given ${{entity.{placeholder.Key}}}, {held}: Salesforce refuses a case whose email field is not an email address, so no case is created on any conversation, though a conversation test's stub answers it",
                    "give the customer's email address, e.g. ${entity.email}, and map the other value to its own field (SuppliedPhone, SuppliedName)");
            }
        }
    }

    /// <summary>What the entity <paramref name="name"/> holds when it is never an email address; null when it may be one, or nothing is known of it.</summary>
    private static string? Held(BotModel bot, string name)
    {
        if (bot.Entities.FirstOrDefault(e => e.Name == name) is not { } entity)
        {
            return PublicEntities.ReadingOf(name) == PublicReading.Email ? null : EntityValueKinds.Public(name);
        }

        return entity.Type switch
        {
            EntityType.Currency or EntityType.Attachment => EntityValueKinds.Private(entity.Type),
            EntityType.Number => "a number",
            EntityType.Dictionary when entity.Values.Count > 0 && !entity.Values.Any(v => v.Value.Contains('@', StringComparison.Ordinal)) => EntityValueKinds.Dictionary(entity),
            _ => null,
        };
    }

    /// <summary>An address's form as Salesforce asks it, loosely: one '@' between a name and a domain with a dot, no space.</summary>
    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
    }
}
