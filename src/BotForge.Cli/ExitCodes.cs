namespace BotForge.Cli;

/// <summary>Process exit codes; documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BotHasErrors = 1;
    public const int BadInput = 2;

    /// <summary><c>deploy --plan</c> / <c>promote --plan</c>: the plan has changes (for CI).</summary>
    public const int PlanHasChanges = 3;

    /// <summary>A release was refused or failed (the live version changed, a lock is held, the target failed); live is unchanged.</summary>
    public const int ReleaseFailed = 4;
    public const int InternalError = 70;
}
