namespace BotForge.Text;

/// <summary>Text files embedded in this assembly (schemas, templates, the Python module list), by logical name.</summary>
internal static class EmbeddedText
{
    /// <summary>The resource's text with LF line ends; a missing resource is a broken build, not a user error.</summary>
    public static string Read(string logicalName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"embedded resource {logicalName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
