namespace BotForge.Model;

/// <summary>
/// The code executor's limits on the details a code node's response sets (docs/platform.md), in characters of
/// their JSON as Python's <c>json.dumps</c> writes it: the generated scripts keep to them, the engine holds every
/// script to them.
/// </summary>
public static class PlatformLimits
{
    /// <summary>conversation_details and user_details together, in one response.</summary>
    public const int DetailsSetAtOnce = 500;

    /// <summary>conversation_details a conversation keeps.</summary>
    public const int ConversationDetailsKept = 2500;

    /// <summary>user_details kept.</summary>
    public const int UserDetailsKept = 200;
}
