using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;

namespace BotForge.Validation.Rules;

/// <summary>A form field that lets the user pick from its options (a picker, a multi-select picker) with none.</summary>
public sealed class EmptyPickerRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2039", DiagnosticLevel.Warning, "Form picker with no options to pick");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "empty-picker";

    public override string Why => """
        A form's `picker` and `multiselectpicker` fields offer the user their `options` to choose from, and nothing else: with none listed, the field opens on an empty list, and a form that needs it cannot be sent. The other field types bring what they offer themselves (a date, a time, the phone's contacts, saved addresses) or take typed text.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: START
            start: true
            end: true
            user_says: [call me back]
            bot_says:
              - form:
                  title: Best time to call you
                  fields:
                    - { key: slot, type: picker, label: Slot }
        """, At: "stories/main/flow.yaml:7:9");

    public override RuleExample Fixed => Failing.Fix("label: Slot }", "label: Slot, options: [Morning, Afternoon, Evening] }");

    public override void Check(RuleContext context)
    {
        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var form in response.Variants.SelectMany(v => v.Messages).OfType<FormMessage>())
            {
                foreach (var field in form.Fields.Where(f => f.Type is "picker" or "multiselectpicker" && f.Options.Count == 0))
                {
                    context.Report(form.Location, $"the {field.Type} '{field.Key}' of {owner}'s form has no options: the user has nothing to pick",
                        "list the choices in the field's options (options: [Morning, Evening]), or make it a text field");
                }
            }
        }
    }
}
