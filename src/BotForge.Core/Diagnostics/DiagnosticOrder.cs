namespace BotForge.Diagnostics;

/// <summary>Orders diagnostics so output never depends on the order stages ran in.</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byFile = string.CompareOrdinal(x.Location?.File.Path, y.Location?.File.Path);
        if (byFile != 0)
        {
            return byFile;
        }

        var byOffset = (x.Location?.Span.Start ?? -1).CompareTo(y.Location?.Span.Start ?? -1);
        if (byOffset != 0)
        {
            return byOffset;
        }

        var byCode = string.CompareOrdinal(x.Code, y.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(x.Message, y.Message);
    }
}
