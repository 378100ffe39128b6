namespace BotForge.Cli;

/// <summary>Process exit codes; documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BotHasErrors = 1;
    public const int BadInput = 2;
    public const int InternalError = 70;
}
