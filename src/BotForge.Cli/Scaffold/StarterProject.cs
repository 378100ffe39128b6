using System.Text.RegularExpressions;

namespace BotForge.Cli.Scaffold;

/// <summary>The files <c>botforge init</c> writes: a small bot that builds with no errors or warnings.</summary>
internal static partial class StarterProject
{
    public static IReadOnlyList<(string Path, string Content)> Files(string botId, string botName) =>
    [
        (".gitignore", "dist/\n.botforge/\n.env\n"),
        ("botforge.yaml", $$"""
            # yaml-language-server: $schema=https://botforge.dev/schemas/botforge.schema.json
            bot:
              id: {{botId}}
              name: {{botName}}
              languages: [en]
            business:
              channels: [web]
              bot_break_message: Sorry, I didn't get that. Type "menu" to see what I can do.
            taskbox:
              header: Hi! Tap below to get started.
              tasks:
                - title: Say hello
                  user_says: hello
            """),
        ("stories/general/welcome.yaml", """
            # yaml-language-server: $schema=https://botforge.dev/schemas/substory.schema.json
            name: Welcome
            nodes:
              - id: WELCOME
                name: Welcome
                start: true
                user_says:
                  - hello
                  - hi
                  - hey there
                  - good morning
                  - good evening
                  - hi, is anyone there?
                  - hello bot
                  - start
                  - I need some help
                  - can you help me
                bot_says:
                  - Hello ${user.full_name}! I'm a brand-new bot.
                  - text: What would you like to do?
                    quick_replies: [Say goodbye]
                next:
                  - to: GOODBYE
                    user_says: [say goodbye, bye, goodbye]

              - id: GOODBYE
                name: Goodbye
                end: true
                bot_says: Goodbye, and thanks for stopping by!
            """),
    ];

    /// <summary>A lower_snake_case bot id from a folder name: "Acme Support-2" → "acme_support_2".</summary>
    internal static string ToId(string name)
    {
        var id = NonAlphanumeric().Replace(name.ToLowerInvariant(), "_").Trim('_');
        id = Underscores().Replace(id, "_");
        return id.Length == 0 || !char.IsAsciiLetterLower(id[0]) ? "bot_" + id.TrimStart('_') : id;
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("_+", RegexOptions.CultureInvariant)]
    private static partial Regex Underscores();
}
