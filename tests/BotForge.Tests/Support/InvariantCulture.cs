using System.Globalization;
using System.Runtime.CompilerServices;

namespace BotForge.Tests.Support;

/// <summary>The tests run the CLI in process as its real process runs: in the invariant culture, whatever the machine's locale.</summary>
internal static class InvariantCulture
{
    [ModuleInitializer]
    internal static void Set() =>
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
}
