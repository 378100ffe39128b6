namespace BotForge.Validation.Rules;

/// <summary>Every rule: the sealed <see cref="Rule"/> classes of this assembly, created once, ordered by code.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(() => typeof(Rule).Assembly.GetTypes()
        .Where(t => t.IsSealed && !t.IsAbstract && t.IsSubclassOf(typeof(Rule)))
        .Select(t => (Rule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal)
        .ToList());

    public static IReadOnlyList<Rule> All => Rules.Value;

    /// <summary>A rule by code (BF2003) or id (min-user-says).</summary>
    public static Rule? Find(string key) => All.FirstOrDefault(r => r.Descriptor.Code == key || r.Id == key);
}
