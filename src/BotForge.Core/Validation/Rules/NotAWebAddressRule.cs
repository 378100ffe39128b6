using BotForge.Analysis;
using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Text;

namespace BotForge.Validation.Rules;

/// <summary>
/// A link or an image whose address is no absolute address: without a scheme ("www.shop.example/sizes"), with a space,
/// or an http(s) address without a host. The platform passes it on as written, so the button opens nothing and the
/// image never loads, in every conversation; a test never opens it.
/// </summary>
public sealed partial class NotAWebAddressRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF1041", DiagnosticLevel.Error, "Link or image address that is no web address");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "not-a-web-address";

    public override string Why => """
        A button's `url`, an image, a carousel item's image, an FAQ's `link.url` and a taskbox task's `icon` are passed on to the user's channel as written. An address without its scheme (`www.shop.example/sizes`, `shop.example/sizes`, `/sizes`) is no web address: a web page reads it as a path of the page the chat is embedded in, and messaging channels refuse it, so the button leads nowhere and the image never loads, for every user. So does an address with a space in it, or an `http(s)://` address without a host. Write the whole address, `https://` first. Other schemes (`tel:`, `mailto:`) and an address that starts with a placeholder are not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: SIZES
            start: true
            end: true
            user_says: [size guide]
            bot_says:
              - text: Here is our size guide.
                buttons: [{ text: Open it, url: www.shop.example/sizes }]
        """, At: "stories/main/flow.yaml:8:19");

    public override RuleExample Fixed => Failing.Fix("url: www.shop.example/sizes", "url: https://www.shop.example/sizes");

    public override void Check(RuleContext context)
    {
        foreach (var (owner, response) in ModelText.Responses(context.Bot))
        {
            foreach (var message in response.Variants.SelectMany(v => v.Messages))
            {
                var addresses = message switch
                {
                    TextMessage text => Links(text.QuickReplies),
                    ButtonsMessage buttons => Links(buttons.Buttons),
                    ImageMessage image => [("image", image.Url, image.Location)],
                    CarouselMessage carousel => carousel.Items.SelectMany(item =>
                        (item.Image is { } picture ? [("carousel image", picture, item.Location)] : Array.Empty<(string, string, SourceLocation)>()).Concat(Links(item.Buttons))),
                    _ => [],
                };
                foreach (var (what, address, at) in addresses)
                {
                    Judge(context, $"{what} of {owner}", address, at);
                }
            }
        }

        foreach (var entry in context.Bot.Faq.Where(f => f.Link is not null))
        {
            Judge(context, $"link of the FAQ {entry.Id}", entry.Link!.Url, entry.Location);
        }

        foreach (var task in context.Bot.Taskbox?.Tasks.Where(t => t.Icon is not null) ?? [])
        {
            Judge(context, "icon of a taskbox task", task.Icon!, task.Location);
        }
    }

    private static IEnumerable<(string What, string Address, SourceLocation At)> Links(IEnumerable<Button> buttons) =>
        buttons.Where(b => b.Url is not null).Select(b => ("button", b.Url!, b.Location));

    private static void Judge(RuleContext context, string what, string address, SourceLocation at)
    {
        if (Problem(address) is { } problem)
        {
            context.Report(at, $"the {what}, '{address}', {problem}: the platform passes it on as written, so it leads nowhere for every user",
                Scheme(address) is null && !string.IsNullOrWhiteSpace(address) && !address.Any(char.IsWhiteSpace)
                    ? $"write the whole address: https://{address.TrimStart('/')}"
                    : "write the whole address, https:// first, without spaces (a space in a path is %20)");
        }
    }

    /// <summary>The scheme an address starts with ("https", "tel"), or null when it has none.</summary>
    private static string? Scheme(string address) =>
        SchemePattern().Match(address) is { Success: true } match ? match.Groups[1].Value.ToLowerInvariant() : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SchemePattern();

    /// <summary>What makes the address none, or null when it is one (or cannot be told: it starts with a placeholder).</summary>
    internal static string? Problem(string address)
    {
        var trimmed = address.Trim();
        if (trimmed.StartsWith("${", StringComparison.Ordinal) || trimmed.StartsWith('%'))
        {
            return null;
        }

        if (trimmed.Length == 0)
        {
            return "is empty";
        }

        if (address.Any(char.IsWhiteSpace))
        {
            return "has a space in it";
        }

        return Scheme(address) switch
        {
            null => "has no scheme (https://)",
            "http" or "https" when !Uri.TryCreate(address, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || !address.Contains("://", StringComparison.Ordinal)
                => "has no host after its scheme",
            _ => null,
        };
    }
}
