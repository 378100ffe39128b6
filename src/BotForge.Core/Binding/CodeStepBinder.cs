using BotForge.Diagnostics;
using BotForge.Model;
using BotForge.Project;
using BotForge.Python;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>Binds a code node's <c>action:</c> or <c>script:</c> and checks it fits the node type.</summary>
internal sealed class CodeStepBinder(BindContext context, TextBinder texts, ProjectSources sources)
{

    public CodeStep? Bind(YamlMapping node, NodeType type)
    {
        var action = node.GetEntry("action");
        var script = node.GetEntry("script");
        var outputs = BindContext.MeantEntry(node, "outputs", StoryBinder.NodeKeys);
        if (type != NodeType.Code)
        {
            foreach (var entry in new[] { action, script, outputs }.OfType<YamlEntry>())
            {
                context.Report(BindingDiagnostics.CodeStepShape(context.At(entry.Key), $"'{entry.Key.Value}' belongs on a code node, but this node is {type.ToString().ToLowerInvariant()}", "add 'type: code'"));
            }

            return null;
        }

        if (action is not null && script is not null)
        {
            context.Report(BindingDiagnostics.CodeStepShape(context.At(script.Key), "a code node has either 'action:' or 'script:', not both"));
            return null;
        }

        if (action is null && script is null)
        {
            context.Report(BindingDiagnostics.CodeStepShape(context.At(node["id"] ?? node), "a code node needs 'action:' (a built-in step) or 'script:' (a Python file)"));
            return null;
        }

        if (action is not null)
        {
            if (outputs is not null)
            {
                context.Report(BindingDiagnostics.CodeStepShape(context.At(outputs.Key), "'outputs:' is for hand-written scripts; a built-in action declares its own outputs"));
            }

            return BindAction(action);
        }

        return BindScript(script!, outputs);
    }

    private ActionStep? BindAction(YamlEntry entry)
    {
        if (entry.Value is not YamlMapping map || map.Entries.Count != 1 || map.Entries[0].Value is not YamlMapping args)
        {
            return null;
        }

        var nameKey = map.Entries[0].Key;
        var definition = ActionCatalog.Find(nameKey.Value);
        if (definition is null)
        {
            var names = ActionCatalog.All.Select(a => a.Name).ToList();
            context.Report(BindingDiagnostics.UnknownAction(context.At(nameKey), nameKey.Value, Suggestions.Closest(nameKey.Value, names), names));
            return null;
        }

        var arguments = new List<ActionArgument>();
        var unread = new List<string>();
        for (var i = 0; i < args.Entries.Count; i++)
        {
            var arg = args.Entries[i];
            if (args.CutAtComma(i, context.File.Text) is { } cut)
            {
                // '{ Description: Novo plano por R$ 99,90 }': the rest of a text cut at a comma, not an input.
                if (cut.First)
                {
                    context.Report(SchemaDiagnostics.SplitAtComma(context.At(arg.Key), arg.Key.Value, $"the inputs of {definition.Name}", cut.PreviousKey, cut.Joined));
                }

                continue;
            }

            var input = definition.FindInput(arg.Key.Value);
            if (input is null)
            {
                context.Report(BindingDiagnostics.UnknownActionInput(context.At(arg.Key), definition.Name, [.. definition.Inputs.Select(i => i.Name)], arg.Key.Value, Suggestions.Closest(arg.Key.Value, definition.Inputs.Select(i => i.Name))));
                continue;
            }

            switch (input.Kind, arg.Value)
            {
                case (ActionInputKind.Text, YamlScalar scalar) when scalar.Kind != ScalarKind.Null:
                    arguments.Add(new ActionArgument(input.Name, texts.Template(scalar, PlaceholderScope.ActionInput), null, context.At(arg.Key)));
                    break;
                case (ActionInputKind.Name, YamlScalar name) when name.Kind == ScalarKind.String && ActionCatalog.ApiName.IsMatch(name.Value):
                    arguments.Add(new ActionArgument(input.Name, null, [name.Value], context.At(arg.Key)) { ListLocations = [context.At(name)] });
                    break;
                case (ActionInputKind.NameList, YamlSequence list) when list.Items.All(i => i is YamlScalar):
                    arguments.Add(new ActionArgument(input.Name, null, list.Items.Cast<YamlScalar>().Select(s => s.Value).ToList(), context.At(arg.Key))
                    {
                        ListLocations = [.. list.Items.Select(context.At)],
                    });
                    if (NotAField(definition, input, list))
                    {
                        unread.Add(input.Name);
                    }

                    break;
                case (_, YamlMapping):
                    // The schema check reports a mapping where an input goes (BF0103), with what the braces meant.
                    unread.Add(input.Name);
                    break;
                default:
                    unread.Add(input.Name);
                    context.Report(BindingDiagnostics.ActionInputType(context.At(arg.Value), definition.Name, input.Name, input.Kind switch
                    {
                        ActionInputKind.Text => "a text",
                        ActionInputKind.Name => "a Salesforce API name (a letter, then letters, digits and single underscores, e.g. Case or Support_Ticket__c)",
                        _ => "a list of names",
                    }, input.Kind == ActionInputKind.NameList && arg.Value is YamlScalar { Kind: not ScalarKind.Null } written
                        ? $"write a list: {input.Name}: [{string.Join(", ", YamlText.Parts(written.Value).Select(YamlText.Item))}]"
                        : null));
                    break;
            }
        }

        foreach (var input in definition.Inputs.Where(i => i.Required && !args.ContainsKey(i.Name)))
        {
            context.Report(BindingDiagnostics.MissingActionInput(context.At(nameKey), definition.Name, input.Name));
        }

        var fields = arguments.FirstOrDefault(a => a.Name == "fields")?.List ?? [];
        var store = arguments.FirstOrDefault(a => a.Name == "store");
        if (store?.List is { } stored && stored.FirstOrDefault(s => !fields.Contains(s)) is { } notFetched)
        {
            context.Report(BindingDiagnostics.ActionInputType(store.Location, definition.Name, "store", $"names listed in 'fields' ('{notFetched}' is not)"));
        }

        var outputs = definition.Outputs.Select(o => o.Name).Concat(fields).Distinct(StringComparer.Ordinal).ToList();
        return new ActionStep(definition, arguments, outputs, context.At(entry.Key)) { OutputsKnown = !unread.Contains("fields") };
    }

    /// <summary>
    /// The project's Python files (at most a thousand, hidden folders and the build output left out), by path from its
    /// root with '/', for a hint: none when the folder cannot be listed (gone since it was read, or the project is
    /// not on disk), which the fuzzer found throwing.
    /// </summary>
    private List<string> Scripts()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        try
        {
            return [.. Directory.EnumerateFiles(sources.RootPath, "*.py", options)
                .Select(f => Path.GetRelativePath(sources.RootPath, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("dist/", StringComparison.Ordinal) && !f.Split('/').Any(part => part.StartsWith('.')))
                .Take(1000)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// The script a relative path names when read from the folder of the file that writes it (<c>../../scripts/x.py</c>
    /// in stories/support/flow.yaml), by its path from the project's root, when that file exists inside the project: a
    /// path is read from the project's root, and a newcomer writes it as the file's neighbours are.
    /// </summary>
    private string? FromThisFile(string normalized, string rootWithSeparator)
    {
        if (Path.IsPathRooted(normalized) || sources.Documents.FirstOrDefault(d => d.File == context.File) is not { } document)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(document.RelativePath.Replace('/', Path.DirectorySeparatorChar)) ?? string.Empty;
        var full = Path.GetFullPath(Path.Combine(sources.RootPath, folder, normalized));
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) && File.Exists(full) && !ProjectLoader.LinkLeavesProject(sources.RootPath, full)
            ? Path.GetRelativePath(sources.RootPath, full).Replace('\\', '/')
            : null;
    }

    private ScriptStep? BindScript(YamlEntry script, YamlEntry? outputs)
    {
        if (script.Value is not YamlScalar pathScalar || BindContext.Str(pathScalar) is not { } path)
        {
            return null;
        }

        // 'status' is always in a script's final_response (the platform's contract): an output whether listed or not.
        // Written with types ({ available: boolean }), the names are the keys: the schema reports the shape once (with
        // the list to write), and the rules and texts that read the outputs are not all reported with it.
        // One name where a list is written (outputs: reference) is that one, and names between commas (outputs: total,
        // reason) those names, as the schema's hint says.
        var listed = outputs?.Value switch
        {
            YamlMapping typed => typed.Entries.Select(e => (Name: BindContext.Str(e.Key), Node: (YamlNode)e.Key)).ToList(),
            YamlScalar one when BindContext.Str(one) is { } names => [.. names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => ((string?)n, (YamlNode)one))],
            var value => BindContext.Items(value).Select(item => (Name: BindContext.Str(item), Node: item)).ToList(),
        };
        var written = listed.Select(l => l.Name).OfType<string>().ToList();
        IReadOnlyList<string> outputNames = written.Contains("status") ? written : ["status", .. written];
        if (outputs is null)
        {
            context.Report(BindingDiagnostics.CodeStepShape(context.At(script.Key), "a script node lists the keys of its final_response under 'outputs:'", "e.g. outputs: [order_status, eta] ('status' is always one, listed or not)"));
        }

        // A character no path may hold (NUL) names no file: the runtime's path functions refuse it outright.
        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            context.Report(BindingDiagnostics.ScriptNotFound(context.At(pathScalar), path));
            return null;
        }

        var normalized = path.Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine(sources.RootPath, normalized));
        var rootWithSeparator = sources.RootPath.EndsWith(Path.DirectorySeparatorChar) ? sources.RootPath : sources.RootPath + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(normalized) || !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            context.Report(BindingDiagnostics.ScriptOutside(context.At(pathScalar), path, FromThisFile(normalized, rootWithSeparator)));
            return null;
        }

        if (!File.Exists(full))
        {
            context.Report(FromThisFile(normalized, rootWithSeparator) is { } meant
                ? BindingDiagnostics.ScriptNotFound(context.At(pathScalar), path, fromThisFile: meant)
                : BindingDiagnostics.ScriptNotFound(context.At(pathScalar), path, Suggestions.Closest(normalized, Scripts())));
            return null;
        }

        if (ProjectLoader.LinkLeavesProject(sources.RootPath, full))
        {
            context.Report(BindingDiagnostics.ScriptOutside(context.At(pathScalar), path));
            return null;
        }

        var relative = Path.GetRelativePath(sources.RootPath, full).Replace('\\', '/');
        var display = sources.Display(relative);
        var text = ProjectLoader.ReadText(full, display, sources.Limits.FileBytes, context.Diagnostics, out var failed);
        if (failed || text is null)
        {
            return null;
        }

        var source = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var file = new SourceFile(display, source);
        var secrets = context.Env.Values.Where(e => e.Secret).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var env = context.Env.Values.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in ScriptChecker.Check(source, SiblingModules(full), secrets, env))
        {
            context.Report(BindingDiagnostics.Script(new SourceLocation(file, new TextSpan(finding.Offset, finding.Offset)), finding));
        }

        return new ScriptStep(relative, file, outputNames, context.At(script.Key))
        {
            OutputLocations = listed.Where(l => l.Name is not null).DistinctBy(l => l.Name).ToDictionary(l => l.Name!, l => context.At(l.Node), StringComparer.Ordinal),
        };
    }

    /// <summary>Module names the script's folder would provide to an import: other .py files and sub-folders (none when the folder cannot be listed).</summary>
    private static HashSet<string> SiblingModules(string scriptPath)
    {
        var folder = Path.GetDirectoryName(scriptPath)!;
        try
        {
            var names = Directory.EnumerateFiles(folder, "*.py").Where(p => p != scriptPath).Select(Path.GetFileNameWithoutExtension)
                .Concat(Directory.EnumerateDirectories(folder).Select(Path.GetFileName));
            return names.OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// Reports each name of a read's <c>fields</c> or <c>store</c> that is no field's API name: the script takes a
    /// field from the record by its name, and Salesforce names none with a space, or with a dot (a related
    /// record's field, <c>Account.Name</c>, is not among the record's own). True when one is reported.
    /// </summary>
    private bool NotAField(ActionDefinition definition, ActionInput input, YamlSequence list)
    {
        var reported = false;
        foreach (var item in list.Items.Cast<YamlScalar>().Where(i => !ActionCatalog.ApiName.IsMatch(i.Value)))
        {
            var dot = item.Value.IndexOf('.', StringComparison.Ordinal);
            var unspaced = string.Concat(item.Value.Where(c => !char.IsWhiteSpace(c)));
            var hint = dot > 0 && ActionCatalog.ApiName.IsMatch(item.Value[..dot]) && ActionCatalog.ApiName.IsMatch(item.Value[(dot + 1)..])
                ? $"'{item.Value}' is a field of the related {item.Value[..dot]}, which a read does not return: list its id ({RelatedId(item.Value[..dot])}) and read that record with salesforce.get_record"
                : ActionCatalog.ApiName.IsMatch(unspaced) ? $"a field's API name has no spaces: did you mean '{unspaced}'?" : null;
            context.Report(BindingDiagnostics.ActionInputType(context.At(item), definition.Name, input.Name,
                $"the API names of the record's fields (a letter, then letters, digits and single underscores, e.g. Status or Tier__c), and '{item.Value}' is none", hint));
            reported = true;
        }

        return reported;
    }

    /// <summary>The field that holds a related record's id: AccountId for Account, Parent__c for Parent__r.</summary>
    private static string RelatedId(string relationship) =>
        relationship.EndsWith("__r", StringComparison.Ordinal) ? relationship[..^3] + "__c" : relationship + "Id";
}
