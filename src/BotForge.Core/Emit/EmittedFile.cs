namespace BotForge.Emit;

/// <summary>One output file: its path inside the output folder (forward slashes) and its exact bytes.</summary>
public sealed record EmittedFile(string Path, byte[] Content);
