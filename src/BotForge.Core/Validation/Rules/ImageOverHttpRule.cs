using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>
/// An image (an image message, a carousel item's image, a taskbox icon) at a plain <c>http://</c> address, where it may
/// be shown on the web SDK or in the Android or iOS SDK: a page served over https upgrades or blocks an http image
/// (mixed content), and Android (9 and later) and iOS refuse cleartext http unless the app allows it, so the
/// picture may never load. Links (buttons, an FAQ's link) open in a browser and are not judged.
/// </summary>
public sealed class ImageOverHttpRule : Rule
{
    public static readonly DiagnosticDescriptor Code = new("BF2041", DiagnosticLevel.Warning, "Image at a plain http address");

    public override DiagnosticDescriptor Descriptor => Code;

    public override string Id => "image-over-http";

    /// <summary>The channels that load a picture in a page or an app that refuses plain http by default.</summary>
    private static readonly string[] Secure = ["web", "android", "ios"];

    public override string Why => """
        An image message, a carousel item's image and a taskbox icon are loaded by the user's channel from the address written. The web SDK runs in pages served over https, where a browser loads an `http://` image only by upgrading it to https (it is not shown when the server has no https) or not at all (mixed content); Android, from version 9, and iOS refuse plain http in an app unless the app is built to allow it. So an image at an `http://` address may never load on the web or in the apps, while it shows in a test and on a developer's machine. Serve it over https and write `https://`. Judged where the message may be sent on `web`, `android` or `ios` (a taskbox icon: the web); a button's or an FAQ's link opens in a browser, which may follow http, and is not judged.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: MAP
            start: true
            end: true
            user_says: [where is the store]
            bot_says:
              - text: Here is a map to our store.
              - image: http://cdn.shop.example/map.png
        """, At: "stories/main/flow.yaml:8:9");

    public override RuleExample Fixed => Failing.Fix("image: http://cdn.shop.example/map.png", "image: https://cdn.shop.example/map.png");

    public override void Check(RuleContext context)
    {
        foreach (var (what, address, at, channels, isImage) in NotAWebAddressRule.Addresses(context.Bot))
        {
            if (!isImage || NotAWebAddressRule.Scheme(address.Trim()) != "http" || channels.Intersect(Secure, StringComparer.Ordinal).ToList() is not { Count: > 0 } secure)
            {
                continue;
            }

            context.Report(at,
                $"the {what}, '{address}', is at a plain http address: on {string.Join(", ", secure)} it may never load (a page served over https upgrades or blocks an http image; Android and iOS apps refuse plain http by default)",
                $"serve it over https and write {("https" + address.Trim()[4..])}");
        }
    }
}
