using BotForge.Diagnostics;
using BotForge.Project;
using BotForge.Simulation.Testing;
using BotForge.Text;
using BotForge.Validation;

namespace BotForge.LanguageServer;

/// <summary>One compilation of a project as the editor had it: its diagnostics by file, its files, and what its names mean.</summary>
internal sealed class Snapshot
{
    public Snapshot(int generation, Compilation compilation, Snapshot? previous)
    {
        Generation = generation;
        Diagnostics = Check(compilation);
        Files = compilation.Sources?.Documents.ToDictionary(d => d.RelativePath, d => d.File, StringComparer.Ordinal) ?? [];
        var model = compilation.Model;
        Index = model is null ? null : SymbolIndex.Of(model, compilation.Sources?.Documents ?? []);

        // A bot whose botforge.yaml does not bind has no model: the last snapshot that had one still serves the files
        // whose text has not changed since (their locations are the same).
        Fallback = Index is null ? previous?.Index is not null ? previous : previous?.Fallback : null;

        // While a file does not parse, the compilation tells nothing binding and the rules find (the file's names
        // are missing from the bot): each file unchanged since the last compilation in which every file parsed keeps
        // what they found in it then, instead of losing it until the broken file is mended.
        var complete = compilation.Sources?.Complete != false;
        Checks = complete ? compilation.Checks : [];
        LastComplete = complete ? this : previous?.LastComplete;
        var shown = complete || LastComplete is not { } last
            ? Diagnostics
            : Diagnostics.Concat(last.Checks.Where(d => d.Location is { } at && Holds(at.File)));
        ByFile = shown.GroupBy(d => d.Location?.File.Path ?? "botforge.yaml", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.ToList(), StringComparer.Ordinal);
    }

    public int Generation { get; }

    /// <summary>
    /// What the editor shows for a compilation: what <c>validate</c> prints, every check of the bot and of its
    /// conversation tests against it (an expected node, FAQ or entity the bot does not have).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(Compilation compilation)
    {
        TestBinder.Check(compilation.Sources, compilation.Model, compilation.Diagnostics);
        return compilation.Validate();
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics of each file, by path relative to the project.</summary>
    public Dictionary<string, IReadOnlyList<Diagnostic>> ByFile { get; }

    /// <summary>The project's files as read for this compilation, by relative path.</summary>
    public Dictionary<string, SourceFile> Files { get; }

    public SymbolIndex? Index { get; }

    private Snapshot? Fallback { get; }

    /// <summary>What binding and the rules found, when every file parsed (else none).</summary>
    private IReadOnlyList<Diagnostic> Checks { get; }

    /// <summary>The newest snapshot (this one or an earlier one) in which every file was read and parsed.</summary>
    private Snapshot? LastComplete { get; }

    /// <summary>The index that serves <paramref name="file"/>: this compilation's, or the last good one while the file is unchanged.</summary>
    public SymbolIndex? IndexFor(SourceFile file) => Index ?? (Fallback is { } fallback && fallback.Holds(file) ? fallback.Index : null);

    /// <summary>True when this compilation read <paramref name="file"/> with the same text (so locations in it mean the same).</summary>
    private bool Holds(SourceFile file) => Files.TryGetValue(file.Path, out var read) && read.Text == file.Text;
}

/// <summary>
/// A bot project kept in memory while an editor has it open: the editor's unsaved texts stand in for their files,
/// and every edit compiles the project again with the work of unchanged files shared (a file whose text is the
/// same is not parsed nor schema-checked again, and BF2006's similarity join starts from the first one). Edits
/// that arrive while a compilation runs are taken together by the next one.
/// </summary>
internal sealed class ProjectSession
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly SharedWork _shared = new();
    private readonly SchemaCache? _cache;
    private readonly SemaphoreSlim _compiling = new(1, 1);
    private int _generation;
    private Task<Snapshot> _latest;
    private Snapshot? _lastDone;

    public ProjectSession(string root, SchemaCache? cache)
    {
        Root = Path.GetFullPath(root);
        _cache = cache;
        _latest = Schedule(0, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>The project folder (absolute).</summary>
    public string Root { get; }

    /// <summary>Raised after each compilation with its snapshot (on a worker thread).</summary>
    public event Action<Snapshot>? Compiled;

    /// <summary>The compilation of the newest texts, running or done.</summary>
    public Task<Snapshot> Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>The newest finished compilation, without waiting (null before the first ends).</summary>
    public Snapshot? LastDone => Volatile.Read(ref _lastDone);

    /// <summary>The text the editor has for a file (open and unsaved), or null to read it from disk.</summary>
    public string? OpenText(string relative)
    {
        lock (_gate)
        {
            return _open.GetValueOrDefault(relative);
        }
    }

    /// <summary>
    /// Sets (or with null, drops) the editor's text of a file, and compiles again when the project reads that file:
    /// each keystroke in another tool's file open beside the bot (a workflow, .gitlab-ci.yml) compiled the whole bot.
    /// </summary>
    public void SetText(string relative, string? text)
    {
        lock (_gate)
        {
            if (text is null)
            {
                _open.Remove(relative);
            }
            else
            {
                _open[relative] = text;
            }

            if (ProjectLoader.Reads(Root, relative))
            {
                CompileAgain();
            }
        }
    }

    /// <summary>Files changed on disk (saved by another program, created, deleted): compile again.</summary>
    public void Refresh()
    {
        lock (_gate)
        {
            CompileAgain();
        }
    }

    /// <summary>Schedules a compilation of the texts as they are now (the caller holds the gate).</summary>
    private void CompileAgain() => _latest = Schedule(++_generation, new Dictionary<string, string>(_open, StringComparer.Ordinal));

    private Task<Snapshot> Schedule(int generation, Dictionary<string, string> overlay) => Task.Run(async () =>
    {
        // One compilation at a time. Each starts from the last that ended (not from the task before it: a chain of
        // tasks would keep every snapshot of the session alive).
        await _compiling.WaitAsync().ConfigureAwait(false);
        try
        {
            var before = LastDone;

            // A later edit is already queued: its compilation covers this one.
            if (before is not null && generation != Volatile.Read(ref _generation))
            {
                return before;
            }

            var compilation = Compilation.Create(Root, displayPath: string.Empty, cache: _cache, shared: _shared, overlay: overlay);
            var snapshot = new Snapshot(generation, compilation, before);
            _shared.Retain(snapshot.Files.Values.Select(f => f.Text).ToHashSet(StringComparer.Ordinal));
            Volatile.Write(ref _lastDone, snapshot);
            Compiled?.Invoke(snapshot);
            return snapshot;
        }
        finally
        {
            _compiling.Release();
        }
    });
}
