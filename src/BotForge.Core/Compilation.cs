using BotForge.Simulation.Nlu;
using BotForge.Binding;
using BotForge.Diagnostics;
using BotForge.Emit;
using BotForge.Model;
using BotForge.Parsing;
using BotForge.Project;
using BotForge.Validation;
using BotForge.Validation.Rules;

namespace BotForge;

/// <summary>
/// The compiler's front door: load → (schema check ∥ bind → rules) → emit, each stage computed once and on demand.
/// Stages report problems to <see cref="Diagnostics"/> and never throw for user errors.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<ProjectSources?> _sources;
    private readonly Lazy<BotModel?> _model;
    private readonly TaskCompletionSource<BotModel?> _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Compilation(string projectPath, string displayPath, string? excludedFolder, SchemaCache? cache, Limits? limits, SharedWork? shared,
        IReadOnlyDictionary<string, string>? overlay)
    {
        Encoder = SentenceEncoder.For(cache?.Root, compileModel: cache?.KeepsCompiledModel == true);
        _sources = new(() =>
        {
            // A warm cache usually makes the schema unnecessary; otherwise start loading it now.
            if (cache?.IsWarm != true)
            {
                SchemaValidator.Preload();
            }

            return ProjectLoader.Load(projectPath, displayPath, Diagnostics, excludedFolder, limits, shared, overlay);
        });
        _model = new(() =>
        {
            if (Sources is not { } sources)
            {
                _bound.TrySetResult(null);
                return null;
            }

            // The schema check and binding only read the parsed trees, and binding never relies on the schema having
            // passed, so the two run side by side. When a file could not be read or parsed, the bot is bound and checked all the same (an editor still
            // needs its names), but nothing binding or the rules find is reported: a node or entity of the missing
            // file would be "unknown", an entity it collects "never collected". As a compiler stops after syntax
            // errors, the author fixes the file first and then hears the rest.
            var schemaCheck = Task.Run(() => SchemaValidator.Validate(sources, Diagnostics, cache, shared));
            var found = new DiagnosticBag();
            var model = Binder.Bind(sources, found);
            _bound.TrySetResult(model);
            if (model is not null)
            {
                RuleRunner.Run(model, found, shared, Encoder);
            }

            _checks = found.ToSortedList();
            if (sources.Complete)
            {
                Diagnostics.AddRange(_checks);
            }

            schemaCheck.GetAwaiter().GetResult();
            return model;
        });
    }

    private IReadOnlyList<Diagnostic> _checks = [];

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>
    /// What binding and the rules found (sorted), once <see cref="Model"/> is computed: part of
    /// <see cref="Diagnostics"/> only when every file was read and parsed (<see cref="ProjectSources.Complete"/>).
    /// </summary>
    public IReadOnlyList<Diagnostic> Checks
    {
        get
        {
            _ = Model;
            return _checks;
        }
    }

    /// <summary>Sentence embeddings for intent detection, remembered in the same cache folder as the schema check's results.</summary>
    public SentenceEncoder Encoder { get; }

    /// <summary>The project's files, read and parsed (the schema check runs with <see cref="Model"/>); null when the folder is not a project.</summary>
    public ProjectSources? Sources => _sources.Value;

    /// <summary>The bound model, checked by every rule; null when the project could not be read at all.</summary>
    public BotModel? Model => _model.Value;

    /// <summary>
    /// The model as soon as it is bound, before the rules check it (null when the project could not be read): for a
    /// command to start work of its own meanwhile. Completes while <see cref="Model"/> is computed, never before.
    /// </summary>
    public Task<BotModel?> Bound => _bound.Task;

    /// <param name="projectPath">The project folder.</param>
    /// <param name="displayPath">How to show it in messages; defaults to <paramref name="projectPath"/>.</param>
    /// <param name="excludedFolder">A folder inside the project not to read (the output folder).</param>
    /// <param name="cache">Where to remember files that passed the schema check (none: check every file).</param>
    /// <param name="limits">Bounds on what is read (<see cref="Limits.Default"/> when null).</param>
    /// <param name="shared">Work to share with other compilations in this process: files they parsed or checked are not done again.</param>
    /// <param name="overlay">Texts that stand in for the project's files, by relative path (an editor's unsaved buffers).</param>
    public static Compilation Create(string projectPath, string? displayPath = null, string? excludedFolder = null, SchemaCache? cache = null, Limits? limits = null,
        SharedWork? shared = null, IReadOnlyDictionary<string, string>? overlay = null) =>
        new(projectPath, displayPath ?? projectPath, excludedFolder, cache, limits, shared, overlay);

    /// <summary>Runs every check and returns the sorted diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        _ = Model;
        return Diagnostics.ToSortedList();
    }

    /// <summary>The output files, or null when there are errors (nothing is emitted then).</summary>
    public IReadOnlyList<EmittedFile>? Emit()
    {
        var model = Model;
        return model is null || Diagnostics.HasErrors ? null : Emitter.Emit(model);
    }
}
