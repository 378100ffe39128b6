namespace BotForge.Deploy.Releases;

/// <summary>A release step refused for a reason the user can act on (never a bug).</summary>
public class ReleaseException(string message) : Exception(message);

/// <summary>The live version is not the one the plan was made against, or another deploy holds the lock.</summary>
public sealed class ConflictException(string message, int? live = null) : ReleaseException(message)
{
    public int? Live { get; } = live;
}

/// <summary>A version, environment or setting that does not exist.</summary>
public sealed class NotFoundException(string message) : ReleaseException(message);
