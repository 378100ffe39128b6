using System.Text.Json.Nodes;
using BotForge.Diagnostics;
using BotForge.Text;
using BotForge.Tests.Support;

namespace BotForge.Tests.Validation;

/// <summary>
/// One mistake, one error: what the binder cannot read as written it reads as the error's hint says the author
/// meant, so the checks after it do not report what follows from the mistake. Met breaking a bilingual recharge bot
/// on purpose: four mistakes gave eleven findings.
/// </summary>
public sealed class CascadeTests
{
    private const string Project = "bot: { id: t, name: T, languages: [en, hi] }\nbusiness: { channels: [web, whatsapp] }\n"
        + "lint: { rules: { BF2007: off } }\n";

    private const string Entities = "entities:\n  - name: plan\n    type: dictionary\n    values: { \"199\": [\"199\"], \"299\": [\"299\"] }\n";

    private const string Flow = """
        nodes:
          - id: HELLO
            start: true
            end: true
            user_says: { en: [hello], hi: [नमस्ते] }
            bot_says:
              - text: { en: Hi!, hi: नमस्ते! }
                quick_replies: [{ en: Balance, hi: बैलेंस }]
          - id: BALANCE
            start: true
            end: true
            user_says: { en: [balance], hi: [बैलेंस] }
            bot_says: { en: Your balance is fine., hi: आपका बैलेंस ठीक है। }
          - id: RECHARGE
            start: true
            end: true
            user_says: { en: [recharge], hi: [रिचार्ज] }
            entities:
              - entity: plan
                prompt:
                  variants:
                    - channels: [web]
                      messages: [{ text: { en: Which plan?, hi: कौन सा प्लान? }, quick_replies: ["199", "299"] }]
                    - channels: [whatsapp]
                      messages: [{ en: "Which plan: 199 or 299?", hi: "कौन सा प्लान: 199 या 299?" }]
            bot_says:
              final: { en: "Recharging with ${entity.plan}.", hi: "${entity.plan} से रिचार्ज।" }
        """;

    [Theory]
    [InlineData("start: true\n    end: true\n    user_says: { en: [balance]", "start: yes\n    end: true\n    user_says: { en: [balance]", "BF0103")]
    [InlineData("channels: [whatsapp]", "channels: [whatsap]", "BF0105")]
    [InlineData("hi: \"${entity.plan} से रिचार्ज।\"", "hindi: \"${entity.plan} से रिचार्ज।\"", "BF0216")]
    [InlineData("      - entity: plan\n", "      - entity: plans\n", "BF0204")]
    public void One_mistake_is_one_error(string written, string mistake, string code)
    {
        Assert.Empty(Errors(Flow));
        Assert.Contains(written, Flow, StringComparison.Ordinal);

        var found = Errors(Flow.Replace(written, mistake, StringComparison.Ordinal));

        Assert.Equal(code, Assert.Single(found).Code);
    }

    [Fact]
    public void A_language_written_by_its_name_is_told_its_code()
    {
        var found = Assert.Single(Errors(Flow.Replace("hi: \"${entity.plan} से रिचार्ज।\"", "Hindi: \"${entity.plan} से रिचार्ज।\"", StringComparison.Ordinal)));

        Assert.Equal("language 'Hindi' is not one of the bot's languages (en, hi)", found.Message);
        Assert.Equal("write the language's code: did you mean 'hi'?", found.Hint);
    }

    [Fact]
    public void The_channels_the_binder_knows_are_the_schemas()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repo.Path_("schemas", "botforge.schema.json")))!;
        var listed = schema["definitions"]!["channel"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>());

        Assert.Equal(listed, Channels.All);
    }

    private static List<Diagnostic> Errors(string flow)
    {
        using var project = TempProject.With(("botforge.yaml", Project), ("entities.yaml", Entities), ("stories/main/flow.yaml", flow));
        return [.. Diagnose.Project(project.Root).Where(d => d.Level != DiagnosticLevel.Info)];
    }
}
