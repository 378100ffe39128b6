namespace BotForge.Text;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class Suggestions
{
    /// <summary>
    /// "did you mean 'X'?" for a name written <paramref name="written"/>, saying too which of its letters are Cyrillic
    /// where it differs from <paramref name="meant"/> in them alone ('SЕRVICE_API_KEY' for 'SERVICE_API_KEY'), as the
    /// two look the same.
    /// </summary>
    public static string DidYouMean(string meant, string written) =>
        Identifiers.CyrillicLookalikes(written) is { Length: > 0 } twins && Identifiers.LatinLetters(written) == meant
            ? $"did you mean '{meant}'? '{written}' has Cyrillic letters that look like Latin ones ({string.Join(", ", twins.Select(c => c.ToString()))}), typed in a Cyrillic layout or copied from Cyrillic text"
            : $"did you mean '{meant}'?";

    /// <summary>The candidate closest to <paramref name="name"/>, if one is close enough to be a likely typo.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        string? plural = null;
        string? custom = null;
        string? caseOnly = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (caseOnly is null && string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) && candidate != name)
            {
                caseOnly = candidate;
            }

            // The singular for the plural or the other way ('entity' for 'entities'), further apart than a typo:
            // taken after the loop, so a candidate that differs only in case comes first.
            if (plural is null && candidate != name && name.Length >= 4 && Singular(candidate) == Singular(name))
            {
                plural = candidate;
            }

            // A Salesforce custom field without its '__c' ('Check_In' for 'Check_In__c'), or with one too many.
            if (custom is null && (string.Equals(candidate, name + "__c", StringComparison.OrdinalIgnoreCase) || string.Equals(name, candidate + "__c", StringComparison.OrdinalIgnoreCase)))
            {
                custom = candidate;
            }

            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A custom field spelt as written but for its suffix ('Status' for 'Status__c') before a name that differs only
        // in case ('status', an action's own output); then the case; then the others further apart than a typo. The
        // name itself among the candidates is no typo.
        if (custom is not null && (custom.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(custom, StringComparison.Ordinal)) && best != name)
        {
            return custom;
        }

        if (caseOnly is not null)
        {
            return caseOnly;
        }

        if ((custom ?? plural) is { } further && best != name)
        {
            return further;
        }

        var allowed = Math.Max(1, Math.Min(3, name.Length / 3));
        return best is not null && bestDistance <= allowed && best != name ? best : null;
    }

    /// <summary>A lower-case English word without its plural ending (entities: entity, says: say).</summary>
    private static string Singular(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4 ? lower[..^3] + "y"
            : lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) ? lower[..^1]
            : lower;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The rule operator meant by a spelling that is none (reversed, or another language's: '=&lt;', '&lt;&gt;', 'eq', 'in'), or null.</summary>
    public static string? OperatorMeant(string written) => written.ToLowerInvariant() switch
    {
        "=" or "===" or "is" or "eq" or "equals" => "==",
        "<>" or "=!" or "!==" or "ne" or "not" or "isnt" => "!=",
        "=>" => ">=",
        "=<" => "<=",
        "has" or "includes" => "contains",
        _ => null,
    };
}
