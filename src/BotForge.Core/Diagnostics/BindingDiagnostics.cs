using BotForge.Text;

namespace BotForge.Diagnostics;

/// <summary>Codes of binding: names resolved into one model (BF02xx).</summary>
public static class BindingDiagnostics
{
    public static readonly DiagnosticDescriptor DuplicateSystemNameCode = new("BF0201", DiagnosticLevel.Error, "System name used twice");
    public static readonly DiagnosticDescriptor DuplicateIdCode = new("BF0202", DiagnosticLevel.Error, "Id defined twice");
    public static readonly DiagnosticDescriptor UnknownNodeCode = new("BF0203", DiagnosticLevel.Error, "Connection to a node that does not exist");
    public static readonly DiagnosticDescriptor UnknownEntityCode = new("BF0204", DiagnosticLevel.Error, "Entity that does not exist");
    public static readonly DiagnosticDescriptor MalformedPlaceholderCode = new("BF0205", DiagnosticLevel.Error, "Malformed placeholder");
    public static readonly DiagnosticDescriptor PlaceholderNotAllowedCode = new("BF0206", DiagnosticLevel.Error, "Placeholder not allowed here");
    public static readonly DiagnosticDescriptor UnknownEnvCode = new("BF0207", DiagnosticLevel.Error, "Env variable that is not declared");
    public static readonly DiagnosticDescriptor UnknownActionCode = new("BF0208", DiagnosticLevel.Error, "Unknown built-in action");
    public static readonly DiagnosticDescriptor UnknownActionInputCode = new("BF0209", DiagnosticLevel.Error, "Unknown input of an action");
    public static readonly DiagnosticDescriptor MissingActionInputCode = new("BF0210", DiagnosticLevel.Error, "Required action input missing");
    public static readonly DiagnosticDescriptor ActionInputTypeCode = new("BF0211", DiagnosticLevel.Error, "Action input of the wrong kind");
    public static readonly DiagnosticDescriptor InvalidRuleCode = new("BF0212", DiagnosticLevel.Error, "Invalid 'when' rule");
    public static readonly DiagnosticDescriptor CodeStepShapeCode = new("BF0213", DiagnosticLevel.Error, "Code step does not fit the node type");
    public static readonly DiagnosticDescriptor ScriptNotFoundCode = new("BF0214", DiagnosticLevel.Error, "Script file not found");
    public static readonly DiagnosticDescriptor ScriptOutsideCode = new("BF0215", DiagnosticLevel.Error, "Script path leaves the project");
    public static readonly DiagnosticDescriptor UnknownLanguageCode = new("BF0216", DiagnosticLevel.Error, "Language not declared by the bot");
    public static readonly DiagnosticDescriptor EntityIncompleteCode = new("BF0217", DiagnosticLevel.Error, "Entity definition incomplete");
    public static readonly DiagnosticDescriptor EntityKeyNotApplicableCode = new("BF0218", DiagnosticLevel.Error, "Entity key does not apply to its type");
    public static readonly DiagnosticDescriptor LiteralCredentialCode = new("BF0219", DiagnosticLevel.Error, "Credential not taken from a secret env variable");
    public static readonly DiagnosticDescriptor PublicEntityRedefinedCode = new("BF0220", DiagnosticLevel.Error, "Private entity named like a public one");
    public static readonly DiagnosticDescriptor ConditionsCombinedCode = new("BF0221", DiagnosticLevel.Error, "More than one condition on a connection");
    public static readonly DiagnosticDescriptor EnvValueShapeCode = new("BF0222", DiagnosticLevel.Error, "Env placeholder misused in an integration setting");
    public static readonly DiagnosticDescriptor ScriptSyntaxCode = new("BF0224", DiagnosticLevel.Error, "Script is not valid Python 3.6");
    public static readonly DiagnosticDescriptor ScriptNoMainCode = new("BF0225", DiagnosticLevel.Error, "Script has no main(event, context)");
    public static readonly DiagnosticDescriptor ScriptReachesOutsideCode = new("BF0226", DiagnosticLevel.Error, "Script reads files or imports project files");
    public static readonly DiagnosticDescriptor ScriptUnknownModuleCode = new("BF0227", DiagnosticLevel.Warning, "Script imports a module the platform may not have");
    public static readonly DiagnosticDescriptor ScriptDynamicCode = new("BF0228", DiagnosticLevel.Warning, "Script reaches modules or builtins by computed names");
    public static readonly DiagnosticDescriptor ScriptEventKeyCode = new("BF0231", DiagnosticLevel.Warning, "Script reads a key the platform's event does not have");
    public static readonly DiagnosticDescriptor MissingIntegrationCode = new("BF0223", DiagnosticLevel.Error, "Action without its integration settings");
    public static readonly DiagnosticDescriptor NotForNodeTypeCode = new("BF0229", DiagnosticLevel.Error, "Setting the node's type does not have");
    public static readonly DiagnosticDescriptor UntypedOutputNodeCode = new("BF0232", DiagnosticLevel.Error, "Node a code node leads to written without 'type: output'");

    public static readonly DiagnosticDescriptor ScriptBodyNotJsonCode = new("BF0233", DiagnosticLevel.Error, "Script returns a body that is not a JSON string");
    public static readonly DiagnosticDescriptor ScriptRequestTimeoutCode = new("BF0234", DiagnosticLevel.Warning, "Script's request may outlast the platform's 20 seconds");
    public static readonly DiagnosticDescriptor ScriptSecretLoggedCode = new("BF0235", DiagnosticLevel.Warning, "Script writes a secret to its log");
    public static readonly DiagnosticDescriptor ScriptEnvNotPassedCode = new("BF0236", DiagnosticLevel.Error, "Script reads an env variable the platform does not pass it");
    public static readonly DiagnosticDescriptor ScriptEntityAsValueCode = new("BF0237", DiagnosticLevel.Warning, "Script reads an entity as a plain value");
    public static readonly DiagnosticDescriptor ScriptWrappedOutputsCode = new("BF0238", DiagnosticLevel.Error, "Script wraps its outputs in 'final_response'");
    public static readonly DiagnosticDescriptor ScriptBodyNotParsedCode = new("BF0239", DiagnosticLevel.Error, "Script reads the event's body without parsing it");
    public static readonly DiagnosticDescriptor ScriptStatusAsTextCode = new("BF0240", DiagnosticLevel.Warning, "Script returns its status as text");
    public static readonly DiagnosticDescriptor ScriptEndsInterpreterCode = new("BF0241", DiagnosticLevel.Warning, "Script ends the interpreter");
    public static readonly DiagnosticDescriptor ScriptDetailNotTextCode = new("BF0242", DiagnosticLevel.Error, "Script sets a user detail that is not a text");
    public static readonly DiagnosticDescriptor ScriptNotAResponseCode = new("BF0244", DiagnosticLevel.Error, "Script's main returns no platform response");
    public static readonly DiagnosticDescriptor ScriptEntityShapeCode = new("BF0243", DiagnosticLevel.Error, "Script reads an entity in a shape the platform does not pass");

    public static Diagnostic DuplicateSystemName(SourceLocation at, string name, SourceLocation first) =>
        DuplicateSystemNameCode.At(at, $"system name '{name}' is already used at {Where(first)}", "system names identify nodes on the platform and must be unique in the bot");

    public static Diagnostic RepeatedNode(SourceLocation at, string name) =>
        DuplicateSystemNameCode.At(at, $"node '{name}' is listed twice: an alias ('- *name') in the list repeats it",
            "list each node once; to share settings between nodes, merge them ('<<: *name') into nodes of their own ids");

    public static Diagnostic DuplicateId(SourceLocation at, string what, string id, SourceLocation first) =>
        DuplicateIdCode.At(at, $"{what} '{id}' is already defined at {Where(first)}");

    public static Diagnostic EntityUsedTwice(SourceLocation at, string entity, string node, SourceLocation first) =>
        DuplicateIdCode.At(at, $"entity '{entity}' is already collected on {node} at {Where(first)}", "a node collects an entity once, with one prompt: remove this one");

    public static Diagnostic UnknownNode(SourceLocation at, string name, string? suggestion) =>
        UnknownNodeCode.At(at, $"no node has the system name '{name}'", DidYouMean(suggestion, name));

    /// <param name="at">Where the name is written.</param>
    /// <param name="name">The name.</param>
    /// <param name="suggestion">The entity it is close to, if any.</param>
    /// <param name="kind">
    /// What the name's words say it holds ('return_date': a date), with the public entities that read it, and whether a
    /// bot's own entity can (a dictionary of cities can; no type of entities.yaml reads a date or a time).
    /// </param>
    public static Diagnostic UnknownEntity(SourceLocation at, string name, string? suggestion, (string Kind, IReadOnlyList<string> Public, bool CanDefine)? kind = null) =>
        UnknownEntityCode.At(at, $"entity '{name}' is neither defined in entities nor a public entity", DidYouMean(suggestion, name) ?? kind switch
        {
            null => "define it in entities.yaml",
            { CanDefine: false } k => $"no type of entities.yaml reads a {k.Kind}; the public entities do: use {Either(k.Public)}"
                + (k.Kind == "date" ? " (a node that collects departure_date and arrival_date shares a message's dates between them: 'from 3 May to 5 May')" : string.Empty),
            { } k => $"use a public {k.Kind} entity, {Either(k.Public)}, or define it in entities.yaml",
        });

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string Either(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Join(string.Empty, names) : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";

    public static Diagnostic MalformedPlaceholder(SourceLocation at, string text, string? meant = null) =>
        MalformedPlaceholderCode.At(at, $"'{text}' is not a placeholder BotForge knows",
            (meant is null ? string.Empty : $"did you mean '{meant}'? ") + "placeholders are ${entity.NAME}, ${output.KEY}, ${user.full_name}, ${user_details.KEY}, ${conversation.KEY}, ${env.NAME}; write $${ for a literal ${, $$${ for a $ before a placeholder");

    public static Diagnostic PlaceholderNotAllowed(SourceLocation at, string placeholder, string where, string? hint = null) =>
        PlaceholderNotAllowedCode.At(at, $"'{placeholder}' cannot be used in {where}", hint);

    public static Diagnostic UnknownEnv(SourceLocation at, string name, string? suggestion) =>
        UnknownEnvCode.At(at, $"env variable '{name}' is not declared under 'env:' in botforge.yaml", DidYouMean(suggestion, name));

    public static Diagnostic UnknownAction(SourceLocation at, string name, string? suggestion, IEnumerable<string> known) =>
        UnknownActionCode.At(at, $"'{name}' is not a built-in action (known: {string.Join(", ", known)})", DidYouMean(suggestion, name));

    /// <summary>An input the action does not take: the one meant when it is close, else the inputs it takes (and where a case's other details go).</summary>
    public static Diagnostic UnknownActionInput(SourceLocation at, string action, IReadOnlyList<string> inputs, string input, string? suggestion) =>
        UnknownActionInputCode.At(at, $"{action} has no input '{input}'", suggestion is null
            ? $"{action} takes {string.Join(", ", inputs)}{(inputs.Contains("Description") ? "; put other details in Description" : string.Empty)}"
            : string.Equals(suggestion, input, StringComparison.OrdinalIgnoreCase) ? $"Salesforce field names are case-sensitive: write '{suggestion}'" : $"did you mean '{suggestion}'?");

    public static Diagnostic MissingActionInput(SourceLocation at, string action, string input) =>
        MissingActionInputCode.At(at, $"{action} needs the input '{input}'");

    public static Diagnostic ActionInputType(SourceLocation at, string action, string input, string expected, string? hint = null) =>
        ActionInputTypeCode.At(at, $"input '{input}' of {action} takes {expected}", hint);

    public static Diagnostic InvalidRule(SourceLocation at, string problem) =>
        InvalidRuleCode.At(at, $"invalid rule: {problem}", "a rule is 'var op value' joined by 'and' or 'or' (not both without parentheses); ops: == != > >= < <= contains exists 'not exists'");

    public static Diagnostic NotForNodeType(SourceLocation at, string problem, string hint) =>
        NotForNodeTypeCode.At(at, problem, hint);

    public static Diagnostic UntypedOutputNode(SourceLocation at, string node, string codeNode) =>
        UntypedOutputNodeCode.At(at, $"code node {codeNode} leads to {node}, which has no 'type:', so it is static; a code node leads only to output nodes", "add 'type: output'");

    public static Diagnostic CodeStepShape(SourceLocation at, string problem, string? hint = null) =>
        CodeStepShapeCode.At(at, problem, hint);

    /// <summary>A script path that names no file; <c>fromThisFile</c>, the script it names when read from the writing file's folder (not how paths are read).</summary>
    public static Diagnostic ScriptNotFound(SourceLocation at, string path, string? suggestion = null, string? fromThisFile = null) =>
        ScriptNotFoundCode.At(at, $"script '{path}' does not exist in the project", fromThisFile is null ? DidYouMean(suggestion, path) : FromProjectRoot(fromThisFile));

    /// <summary>A script path that leaves the project; <c>fromThisFile</c> as for <see cref="ScriptNotFound"/>.</summary>
    public static Diagnostic ScriptOutside(SourceLocation at, string path, string? fromThisFile = null) =>
        ScriptOutsideCode.At(at, $"script path '{path}' points outside the project",
            fromThisFile is null ? "scripts are referenced by a relative path inside the project folder" : FromProjectRoot(fromThisFile));

    private static string FromProjectRoot(string script) =>
        $"a script's path is read from the project folder (where botforge.yaml is), not from this file's folder: write '{script}'";

    /// <param name="at">Where the language key is.</param>
    /// <param name="language">The key.</param>
    /// <param name="declared">The bot's languages.</param>
    /// <param name="hint">Why it is likely there (a missing language, a text cut at a comma, a misspelt key).</param>
    public static Diagnostic UnknownLanguage(SourceLocation at, string language, IEnumerable<string> declared, string hint) =>
        UnknownLanguageCode.At(at, $"language '{language}' is not one of the bot's languages ({string.Join(", ", declared)})", hint);

    /// <param name="at">Where bot.languages declares the language.</param>
    /// <param name="declared">The language declared, which no text is written in.</param>
    /// <param name="written">The key the texts are written in instead.</param>
    /// <param name="name">The written key's language's name ('Korean'), or null.</param>
    /// <param name="keys">Where the texts write it, in order.</param>
    public static Diagnostic LanguageWrittenOtherwise(SourceLocation at, string declared, string written, string? name, IReadOnlyList<SourceLocation> keys) =>
        UnknownLanguageCode.At(at,
            $"no text is written in '{declared}', one of the bot's languages, and {keys.Count} {(keys.Count == 1 ? "is" : "are")} written in '{written}'{(name is null ? string.Empty : $" ({name})")}, which is not one (the first at {Where(keys[0])})",
            (LanguageNames.OfCountry(declared) is { } country && written.Split('-', '_')[0] == country.Code ? $"'{declared}' is {country.Country}'s country code: " : string.Empty)
            + $"write '{written}' in bot.languages in place of '{declared}' (or write the texts' keys '{declared}')");

    public static Diagnostic EntityIncomplete(SourceLocation at, string entity, string type, string key) =>
        EntityIncompleteCode.At(at, $"{type} entity '{entity}' needs '{key}'");

    public static Diagnostic EntityKeyNotApplicable(SourceLocation at, string key, string type) =>
        EntityKeyNotApplicableCode.At(at, $"'{key}' does not apply to a {type} entity");

    public static Diagnostic LiteralCredential(SourceLocation at, string setting) =>
        LiteralCredentialCode.At(at, $"'{setting}' must be read from a secret env variable, not written here",
            "declare e.g. 'SF_USERNAME: { secret: true }' under env: and write '${env.SF_USERNAME}'; the value is supplied at deploy time");

    public static Diagnostic PublicEntityRedefined(SourceLocation at, string name) =>
        PublicEntityRedefinedCode.At(at, $"'{name}' is a public entity of the platform; a private entity cannot take its name", "choose another name");

    /// <param name="at">Where the condition left out is written.</param>
    /// <param name="keys">The conditions written.</param>
    /// <param name="fromCode">Whether the connection leaves a code node.</param>
    /// <param name="entityValue">
    /// The entity condition the 'when' rule meant, when a static node's connection has both and the rule compares that
    /// entity with a value (<c>entity: confirm</c>, <c>when: confirm == "yes"</c>): written as the hint's mend.
    /// </param>
    public static Diagnostic ConditionsCombined(SourceLocation at, IReadOnlyList<string> keys, bool fromCode, (string Entity, string Value)? entityValue = null)
    {
        var others = string.Join(" and ", keys.Where(k => k != "when").Select(k => $"'{k}'"));
        var hint = (fromCode, keys.Contains("when"), entityValue) switch
        {
            (true, true, _) => $"a code node's connections are taken on its script's result, by a 'when' rule alone: remove {others}",
            (false, true, { } meant) => $"test the value in the entity condition: entity: {{ name: {meant.Entity}, values: ['{meant.Value.Replace("'", "''", StringComparison.Ordinal)}'] }}, and remove 'when'",
            (false, true, null) => $"'when' rules are for connections out of code nodes; this one is taken on {others}: remove 'when'",
            _ => "split it into two connections",
        };
        return ConditionsCombinedCode.At(at, $"a connection takes at most one condition, found {string.Join(" and ", keys.Select(k => $"'{k}'"))}", hint);
    }

    public static Diagnostic EnvValueShape(SourceLocation at, string setting) =>
        EnvValueShapeCode.At(at, $"'{setting}' must be exactly one '${{env.NAME}}' placeholder");

    public static Diagnostic MissingIntegration(SourceLocation at, string action) =>
        MissingIntegrationCode.At(at, $"{action} calls the Salesforce integration service, but botforge.yaml has no 'integrations.salesforce'",
            "add integrations.salesforce with base_url, username, client_id and private_key read from ${env.X} variables");

    public static Diagnostic Script(SourceLocation at, Python.ScriptFinding finding) => finding.Problem switch
    {
        Python.ScriptProblem.Syntax => ScriptSyntaxCode.At(at, finding.Message, finding.Hint),
        Python.ScriptProblem.NoMain => ScriptNoMainCode.At(at, finding.Message, "define 'def main(event, context):' returning {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {...}}"),
        Python.ScriptProblem.ReachesOutside => ScriptReachesOutsideCode.At(at, finding.Message, "the platform copies only this file; pass data through the event and env variables"),
        Python.ScriptProblem.Dynamic => ScriptDynamicCode.At(at, finding.Message,
            "write imports and calls plainly; this lint catches honest mistakes only: what protects you when running a script is botforge test's isolation (docs/testing.md)"),
        Python.ScriptProblem.EventKey => ScriptEventKeyCode.At(at, finding.Message, "read the details from the body: body = json.loads(event['body']), then body['entities'], body['user'], body['conversation_details']…"),
        Python.ScriptProblem.NotAResponse => ScriptNotAResponseCode.At(at, finding.Message,
            "return {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {'Content-Type': 'application/json'}}, with final_response the dict of status and outputs"),
        Python.ScriptProblem.BodyKey => ScriptEventKeyCode.At(at, finding.Message,
            "the platform passes these keys only; a detail of the bot's own is kept in user_details or conversation_details"),
        Python.ScriptProblem.BodyNotJson => ScriptBodyNotJsonCode.At(at, finding.Message, "write 'body': json.dumps(final_response), with final_response the dict"),
        Python.ScriptProblem.WrappedOutputs => ScriptWrappedOutputsCode.At(at, finding.Message,
            "dump the final response itself: 'body': json.dumps(final_response), with final_response = {'status': ..., and the outputs}"),
        Python.ScriptProblem.SecretLogged => ScriptSecretLoggedCode.At(at, finding.Message,
            "log what happened (the status, the error), never a credential: a printed value leaves the secret's protection, going wherever the executor's output is kept and read"),
        Python.ScriptProblem.EnvNotPassed => ScriptEnvNotPassedCode.At(at, finding.Message,
            "read the bot's env variables from the body: body['env_variables']['NAME'], with NAME declared under env: in botforge.yaml"),
        Python.ScriptProblem.StatusAsText => ScriptStatusAsTextCode.At(at, finding.Message, "return a boolean, 'status': True or False (json.dumps writes true or false)"),
        Python.ScriptProblem.DetailNotText => ScriptDetailNotTextCode.At(at, finding.Message, "write the value as text ('3', or str(…) of a computed one), and read it back with int(…) where a number is needed"),
        Python.ScriptProblem.EndsInterpreter => ScriptEndsInterpreterCode.At(at, finding.Message,
            "return a response instead: {'statusCode': 200, 'body': json.dumps({'status': False}), …}, which a connection on status == false takes"),
        Python.ScriptProblem.BodyNotParsed => ScriptBodyNotParsedCode.At(at, finding.Message, "parse it first: body = json.loads(event['body']), then body['entities'], body['env_variables']…"),
        Python.ScriptProblem.EntityShape => ScriptEntityShapeCode.At(at, finding.Message,
            "take the first detection: entities['NAME'][0]['entity_value'] (when the list is not empty), as the generated scripts do"),
        Python.ScriptProblem.EntityAsValue => ScriptEntityAsValueCode.At(at, finding.Message,
            "read the value as entities['NAME'][0]['entity_value'] (when the list is not empty), as the generated scripts do"),
        Python.ScriptProblem.RequestTimeout => ScriptRequestTimeoutCode.At(at, finding.Message,
            "give the request a timeout well inside the 20 seconds (at most 15; timeout=8, as the generated scripts do) and answer status false when it runs out"),
        _ => ScriptUnknownModuleCode.At(at, finding.Message),
    };

    private static string Where(SourceLocation location)
    {
        var (line, column) = location.Start;
        return $"{location.File.Path}:{line}:{column}";
    }

    private static string? DidYouMean(string? suggestion, string written) => suggestion is null ? null : Suggestions.DidYouMean(suggestion, written);
}
