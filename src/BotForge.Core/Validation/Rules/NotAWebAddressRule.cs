using System.Text.RegularExpressions;
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
        A button's `url`, an image, a carousel item's image, an FAQ's `link.url` and a taskbox task's `icon` are passed on to the user's channel as written. An address without its scheme (`www.shop.example/sizes`, `shop.example/sizes`) is no web address: a web page reads it as a path below the page the chat is embedded in, and messaging channels refuse it, so the button leads nowhere and the image never loads, for every user. A path (`/returns`, `//cdn.shop.example/a.png`) is one of the page the chat is in: it may serve a bot on its owner's site, so it is reported only in a message that may be sent on another channel than `web` (an app, WhatsApp), where there is no page. So does an address with a space in it, or an `http(s)://` address without a host. Write the whole address, `https://` first. Other schemes (`tel:`, `mailto:`) and an address that starts with a placeholder are not judged.
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
        foreach (var (what, address, at, channels, _) in Addresses(context.Bot))
        {
            Judge(context, what, address, at, channels);
        }
    }

    /// <summary>
    /// Every link and image address the bot sends, with what it is ("image of START"), where it is written, the
    /// channels it may be sent on, and whether the channel loads it as a picture (an image, a carousel item's image,
    /// a taskbox icon) rather than opening it (a button, an FAQ's link).
    /// </summary>
    internal static IEnumerable<(string What, string Address, SourceLocation At, IReadOnlyList<string> Channels, bool IsImage)> Addresses(BotModel bot)
    {
        foreach (var (owner, response) in ModelText.Responses(bot))
        {
            foreach (var (variant, message) in response.Variants.SelectMany(v => v.Messages.Select(m => (v, m))))
            {
                var addresses = message switch
                {
                    TextMessage text => Links(text.QuickReplies),
                    ButtonsMessage buttons => Links(buttons.Buttons),
                    ImageMessage image => [("image", image.Url, image.Location, true)],
                    CarouselMessage carousel => carousel.Items.SelectMany(item =>
                        (item.Image is { } picture ? [("carousel image", picture, item.Location, true)] : Array.Empty<(string, string, SourceLocation, bool)>()).Concat(Links(item.Buttons))),
                    _ => [],
                };
                foreach (var (what, address, at, isImage) in addresses)
                {
                    yield return ($"{what} of {owner}", address, at, variant.SentOn(bot.Business), isImage);
                }
            }
        }

        foreach (var entry in bot.Faq.Where(f => f.Link is not null))
        {
            yield return ($"link of the FAQ {entry.Id}", entry.Link!.Url, entry.Location, bot.Business.Channels, false);
        }

        foreach (var task in bot.Taskbox?.Tasks.Where(t => t.Icon is not null) ?? [])
        {
            yield return ("icon of a taskbox task", task.Icon!, task.Location, ["web"], true);   // the taskbox is the web SDK's (BF1022)
        }
    }

    private static IEnumerable<(string What, string Address, SourceLocation At, bool IsImage)> Links(IEnumerable<Button> buttons) =>
        buttons.Where(b => b.Url is not null).Select(b => ("button", b.Url!, b.Location, false));

    private static void Judge(RuleContext context, string what, string address, SourceLocation at, IReadOnlyList<string> channels)
    {
        if (Problem(address, channels) is { } problem)
        {
            var hint = address.StartsWith('/') ? "write the whole address, https:// and the site first, or limit the variant to channels: [web]"
                : Scheme(address) is null && !string.IsNullOrWhiteSpace(address) && !address.Any(char.IsWhiteSpace) ? $"write the whole address: https://{address}"
                : "write the whole address, https:// first, without spaces (a space in a path is %20)";
            context.Report(at, $"the {what}, '{address}', {problem}: the platform passes it on as written, so it leads nowhere{(address.StartsWith('/') ? " there" : " for every user")}", hint);
        }
    }

    /// <summary>The scheme an address starts with ("https", "tel"), or null when it has none.</summary>
    internal static string? Scheme(string address) =>
        SchemePattern().Match(address) is { Success: true } match ? match.Groups[1].Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    /// <summary>
    /// What makes the address none on <paramref name="channels"/>, or null when it is one (or cannot be told: it starts
    /// with a placeholder). A path (<c>/returns</c>, <c>//cdn.shop.example/a.png</c>) is one of the page the chat is
    /// embedded in, which only the web SDK has: a bot on its owner's site may link so, so it is judged only where the
    /// message may go to another channel.
    /// </summary>
    internal static string? Problem(string address, IReadOnlyList<string> channels)
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

        if (address.StartsWith('/'))
        {
            var elsewhere = channels.Where(c => c != "web").ToList();
            return elsewhere.Count == 0 ? null : $"is a path of the web page the chat is in, and may be sent on {string.Join(", ", elsewhere)}, where there is no page";
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
