namespace BotForge.Diagnostics;

/// <summary>The sink every stage writes its diagnostics to. Thread-safe; read it sorted.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>All diagnostics in a stable order: by file, position, code, then message.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            var copy = new List<Diagnostic>(_items);
            copy.Sort(DiagnosticOrder.Instance);
            return copy;
        }
    }
}
