using System.Collections;
using BotForge.Text;

namespace BotForge.Tests.Support;

/// <summary>Every place (<see cref="SourceLocation"/>) a bound model, or a part of it, points at, found by walking its objects.</summary>
internal static class ModelPlaces
{
    /// <summary>
    /// The places reachable from <paramref name="start"/> through model objects, lists and dictionaries, in a fixed
    /// order; objects for which <paramref name="stop"/> is true (other than the start) are not entered.
    /// </summary>
    public static List<SourceLocation> Of(object start, Func<object, bool>? stop = null)
    {
        var found = new List<SourceLocation>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        void Walk(object? value)
        {
            switch (value)
            {
                case null or string:
                    return;
                case SourceLocation location:
                    found.Add(location);
                    return;
                case IDictionary map:
                    foreach (DictionaryEntry entry in map)
                    {
                        Walk(entry.Value);
                    }

                    return;
                case IEnumerable items:
                    foreach (var item in items)
                    {
                        Walk(item);
                    }

                    return;
            }

            var type = value.GetType();
            if (type.Namespace != "BotForge.Model" || type.IsEnum || !seen.Add(value) || (value != start && stop?.Invoke(value) == true))
            {
                return;
            }

            foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            {
                Walk(property.GetValue(value));
            }
        }

        Walk(start);
        return found;
    }
}
