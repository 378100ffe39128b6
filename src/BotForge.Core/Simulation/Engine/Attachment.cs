namespace BotForge.Simulation.Engine;

/// <summary>
/// A file a conversation test sends (<c>attachment: damage.jpg</c>): its name, and its kind (image, document, video)
/// by its extension, as an attachment entity's <c>kind:</c> names them.
/// </summary>
public sealed record Attachment(string Name, string Kind)
{
    /// <summary>The extensions of each kind, in the order a hint lists them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["jpg"] = "image", ["jpeg"] = "image", ["png"] = "image", ["gif"] = "image", ["webp"] = "image", ["bmp"] = "image", ["heic"] = "image",
        ["pdf"] = "document", ["doc"] = "document", ["docx"] = "document", ["xls"] = "document", ["xlsx"] = "document", ["csv"] = "document",
        ["ppt"] = "document", ["pptx"] = "document", ["txt"] = "document",
        ["mp4"] = "video", ["mov"] = "video", ["3gp"] = "video", ["avi"] = "video", ["mkv"] = "video", ["webm"] = "video",
    };

    /// <summary>The attachment a file name names, or null when its extension tells no kind.</summary>
    public static Attachment? Of(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 && Extensions.TryGetValue(name[(dot + 1)..].Trim(), out var kind) ? new Attachment(name.Trim(), kind) : null;
    }

    /// <summary>Each kind with its first extensions: "image (.jpg, .jpeg, .png, .gif…), …", for a hint.</summary>
    public static string Kinds => string.Join(", ", Extensions.GroupBy(e => e.Value).Select(g => $"{g.Key} ({string.Join(", ", g.Select(e => "." + e.Key).Take(4))}…)"));

    /// <summary>How a transcript shows it: <c>[image: damage.jpg]</c>.</summary>
    public override string ToString() => $"[{Kind}: {Name}]";
}
