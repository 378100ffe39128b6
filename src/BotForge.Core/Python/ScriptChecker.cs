using System.Text.RegularExpressions;
using BotForge.Text;

namespace BotForge.Python;

/// <summary>The keys a script's final responses hold with <c>status</c> true, and with it false (<see cref="ScriptChecker.FinalResponseKeys"/>).</summary>
public sealed record ScriptOutcomes(IReadOnlySet<string> WithTrue, IReadOnlySet<string> WithFalse)
{
    /// <summary>Every key some final response holds.</summary>
    public IReadOnlySet<string> All => WithTrue.Union(WithFalse).ToHashSet(StringComparer.Ordinal);
}

/// <summary>What is wrong with a hand-written script, at a character offset.</summary>
public sealed record ScriptFinding(ScriptProblem Problem, string Message, int Offset, string? Hint = null);

/// <summary>
/// A script's read of an entity by its written name (<c>entities['order_id']</c>, <c>entities.get('order_id')</c>):
/// the name's characters (inside the quotes), whether it is a subscript (which raises KeyError when the platform
/// passes no such entity), and whether the script allows for its absence (it tests <c>'order_id' in …</c>, reads it
/// with <c>.get</c> too, or the read is inside a <c>try</c> whose handler catches a KeyError).
/// </summary>
public sealed record ScriptEntityRead(string Name, int Offset, int Length, bool Subscript, bool AllowsAbsence);

public enum ScriptProblem
{
    /// <summary>The file is not valid Python (lexical or indentation error), or uses syntax newer than 3.6.</summary>
    Syntax,

    /// <summary>No top-level <c>def main(event, context)</c>.</summary>
    NoMain,

    /// <summary>It reads files, starts processes, or imports a module of the project: the platform runs the file alone.</summary>
    ReachesOutside,

    /// <summary>It imports a module that is neither the standard library nor one the platform provides.</summary>
    UnknownModule,

    /// <summary>It reaches modules or builtins by computed names (<c>__import__(x)</c>, <c>getattr(builtins, x)</c>, <c>eval</c>), which no static check can follow.</summary>
    Dynamic,

    /// <summary><c>main</c> reads a key of its event other than <c>body</c> (<c>event['entities']</c>): the platform's event holds the details in <c>event['body']</c>, a JSON string.</summary>
    EventKey,

    /// <summary><c>main</c> returns what is not the platform's response: a dict without <c>statusCode</c> and <c>body</c> (the final response itself), or a string (<c>json.dumps(…)</c>).</summary>
    NotAResponse,

    /// <summary>It reads a key the event's body, or its <c>user</c>, does not have (<c>body['entity']</c>, <c>body['user']['email']</c>).</summary>
    BodyKey,

    /// <summary>The response's <c>body</c> is written as a dict or list (or <c>str()</c> of one), not the JSON string <c>json.dumps</c> gives.</summary>
    BodyNotJson,

    /// <summary>An HTTP request made with no timeout, or with one as long as the platform gives the whole script (20 s).</summary>
    RequestTimeout,

    /// <summary>It prints or logs a secret env variable's value.</summary>
    SecretLogged,

    /// <summary>It reads an env variable the platform does not pass it: one the bot does not declare, or one from the process environment.</summary>
    EnvNotPassed,

    /// <summary>It reads an entity but never an <c>entity_value</c>: it takes the platform's list of detections for the value.</summary>
    EntityAsValue,

    /// <summary>The response's body is <c>json.dumps({'final_response': …})</c>: the platform reads the body itself as the final response, so status and outputs are one level down.</summary>
    WrappedOutputs,

    /// <summary><c>main</c> reads a key from <c>event['body']</c> as it comes, a JSON string, not parsed with <c>json.loads</c>.</summary>
    BodyNotParsed,

    /// <summary>The final response's <c>status</c> is a text that spells a boolean (<c>'true'</c>), which no rule on status matches.</summary>
    StatusAsText,

    /// <summary>The final response sets a number or a boolean in <c>user_details</c>, which the platform keeps as a dict of strings.</summary>
    DetailNotText,

    /// <summary>It reads an entity in a shape the platform does not pass: a text key or a text's method of the list of detections (<c>entities['email']['entity_value']</c>, <c>entities['city'].lower()</c>), or a key a detection has not (<c>entities['email'][0]['value']</c>).</summary>
    EntityShape,

    /// <summary>It ends the interpreter (<c>sys.exit()</c>, <c>exit()</c>, <c>quit()</c>, <c>os._exit()</c>, <c>os.abort()</c>, <c>raise SystemExit</c>) outside an <c>if __name__ == '__main__':</c> block.</summary>
    EndsInterpreter,
}

/// <summary>
/// Checks a hand-written code-node script before it is copied into the bundle: it tokenizes as
/// Python 3, opens its blocks properly, defines <c>main(event, context)</c> at the top level, and is
/// self-contained (no file access, no imports of project files).
/// </summary>
public static class ScriptChecker
{
    /// <summary>Packages the platform's executor provides besides the standard library (docs/platform.md, "Code nodes").</summary>
    public static readonly IReadOnlySet<string> PlatformPackages = new HashSet<string>(StringComparer.Ordinal) { "requests" };

    private static readonly IReadOnlySet<string> FileModules = new HashSet<string>(StringComparer.Ordinal)
    {
        "pathlib", "shutil", "glob", "fileinput", "io", "tempfile", "subprocess", "pty", "mmap",
    };

    private static readonly IReadOnlySet<string> FileFunctionsOfOs = new HashSet<string>(StringComparer.Ordinal)
    {
        "open", "fdopen", "listdir", "scandir", "walk", "system", "popen", "remove", "unlink", "rename", "replace",
        "mkdir", "makedirs", "rmdir", "removedirs", "chdir", "chmod", "chown", "execv", "execve", "execl", "execlp",
        "spawnv", "spawnl", "startfile", "truncate", "symlink", "link", "readlink",
    };

    private static readonly Lazy<IReadOnlySet<string>> StandardLibrary = new(() => EmbeddedText.Read("python/stdlib-modules.txt")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal));

    /// <param name="source">The script's text.</param>
    /// <param name="projectModules">Top-level module names the project's own files would provide (e.g. <c>helpers</c> for helpers.py).</param>
    /// <param name="secrets">The names of the bot's secret env variables, whose values a script must not print.</param>
    /// <param name="env">The names of the bot's env variables, the only ones the platform passes a script (not checked when null).</param>
    public static IReadOnlyList<ScriptFinding> Check(string source, IReadOnlySet<string> projectModules, IReadOnlySet<string>? secrets = null, IReadOnlySet<string>? env = null)
    {
        if (MergeConflict.Start(source) is { } conflict)
        {
            return [new(ScriptProblem.Syntax, MergeConflict.Message("script"), conflict, MergeConflict.Hint)];
        }

        var (tokens, error) = PythonTokenizer.Tokenize(source);
        if (error is not null)
        {
            return [new(ScriptProblem.Syntax, error.Message, error.Offset)];
        }

        var findings = new List<ScriptFinding>();
        if (Blocks(tokens) is { } blockError)
        {
            return [blockError];
        }

        if (!HasMain(tokens, findings))
        {
            findings.Add(new(ScriptProblem.NoMain, "the script has no top-level 'def main(event, context)', which the platform calls", 0));
        }
        else
        {
            EventKeys(tokens, findings);
            UnparsedBodyReads(tokens, findings);
            NotResponses(tokens, findings);
        }

        if (env is not null)
        {
            EnvReads(tokens, env, findings);
        }

        // A read in the wrong shape is the precise finding; that no entity_value is read then says it again.
        var beforeShape = findings.Count;
        EntityShapeMisreads(tokens, findings);
        if (findings.Count == beforeShape)
        {
            EntityReads(tokens, findings);
        }

        var defaultTimeout = DefaultTimeout(tokens);
        var assignments = Assignments(tokens);
        BodyKeyReads(tokens, assignments, findings);
        var responses = Responses(tokens);
        findings.AddRange(responses.Select(keys => BodyNotJson(tokens, keys, assignments)).OfType<ScriptFinding>());
        StatusAsText(tokens, responses, assignments, findings);
        DetailNotText(tokens, responses, assignments, findings);
        var secretHolders = secrets is { Count: > 0 } ? SecretHolders(tokens, secrets) : [];
        var headers = DefHeaders(tokens);
        var guarded = MainGuarded(tokens);
        var lazyAnnotations = tokens.Any(t => t is { Kind: PyTokenKind.Name, Text: "annotations" }) && tokens.Any(t => t.Text == "__future__");
        var dictNames = DictNames(tokens, assignments);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = i > 0 ? tokens[i - 1] : default;
            if (token is { Kind: PyTokenKind.Op, Text: ":=" })
            {
                findings.Add(new(ScriptProblem.Syntax, "':=' needs Python 3.8; the platform's executor runs Python 3.6", token.Offset));
            }
            else if (token is { Kind: PyTokenKind.Op, Text: "|" or "|=" } && DictUnion(tokens, i, dictNames) is { } operand)
            {
                findings.Add(new(ScriptProblem.Syntax,
                    $"'{token.Text}' between dicts ({operand} is one) needs Python 3.9; the platform's executor runs Python 3.6: write "
                    + (token.Text == "|" ? "{**a, **b} for a | b" : "a.update(b) for a |= b"),
                    token.Offset));
            }
            else if (NewerThanTheExecutor(tokens, i, headers, lazyAnnotations) is { } newer)
            {
                findings.Add(new(ScriptProblem.Syntax, $"{newer.What} needs Python {newer.Since}; the platform's executor runs Python 3.6", token.Offset));
            }
            else if (token.Kind == PyTokenKind.String && SelfDocumenting(token.Text))
            {
                findings.Add(new(ScriptProblem.Syntax, "an f-string's '{x=}' needs Python 3.8; the platform's executor runs Python 3.6", token.Offset));
            }
            else if (token is { Kind: PyTokenKind.Name, Text: "open" } && Next(tokens, i).Text == "(" && previous.Text is not "." and not "def")
            {
                findings.Add(new(ScriptProblem.ReachesOutside, "the script calls open(); a code-editor script runs alone and reads no files", token.Offset));
            }
            else if (token is { Kind: PyTokenKind.Name, Text: "os" } && previous.Text != "." && Next(tokens, i).Text == "." && FileFunctionsOfOs.Contains(Next(tokens, i + 1).Text))
            {
                findings.Add(new(ScriptProblem.ReachesOutside, $"the script calls os.{Next(tokens, i + 1).Text}(); a code-editor script runs alone and touches no files or processes", token.Offset));
            }
            else if (!guarded[i] && EndsInterpreter(tokens, i) is { } ends)
            {
                findings.Add(new(ScriptProblem.EndsInterpreter,
                    $"the script calls {ends}, which ends the interpreter: where it runs, the platform's executor gets no response (a bot break), where it could answer status false", token.Offset));
            }
            else if (Dynamic(tokens, i) is { } how)
            {
                findings.Add(new(ScriptProblem.Dynamic, $"the script uses {how}, reaching names this check cannot follow", token.Offset));
            }
            else if (token is { Kind: PyTokenKind.Name, Text: "import" or "from" } && (previous.Kind is PyTokenKind.Newline or PyTokenKind.Indent or PyTokenKind.Dedent || i == 0 || previous.Text == ";"))
            {
                Imports(tokens, i, projectModules, findings);
            }
            else if (RequestTimeout(tokens, i, defaultTimeout) is { } timeout)
            {
                findings.Add(timeout);
            }
            else if (secrets is { Count: > 0 } && SecretLogged(tokens, i, secrets, secretHolders) is { } logged)
            {
                findings.Add(logged);
            }
        }

        return findings;
    }

    private static PyToken Next(IReadOnlyList<PyToken> tokens, int i) => i + 1 < tokens.Count ? tokens[i + 1] : default;

    /// <summary>Each token's index by its offset in the source (a read found as a token is placed among the others so).</summary>
    private static Dictionary<int, int> IndexByOffset(IReadOnlyList<PyToken> tokens)
    {
        var index = new Dictionary<int, int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            index.TryAdd(tokens[i].Offset, i);
        }

        return index;
    }

    /// <summary>What ends the interpreter at token <paramref name="i"/> (<c>sys.exit()</c>, <c>exit()</c>, <c>quit()</c>, <c>os._exit()</c>, <c>os.abort()</c>, <c>raise SystemExit</c>), or null.</summary>
    private static string? EndsInterpreter(IReadOnlyList<PyToken> tokens, int i)
    {
        var token = tokens[i];
        var previous = i > 0 ? tokens[i - 1].Text : string.Empty;
        if (token.Kind != PyTokenKind.Name || previous is "def" or "class")
        {
            return null;
        }

        return token.Text switch
        {
            "sys" when previous != "." && Next(tokens, i).Text == "." && Next(tokens, i + 1).Text == "exit" && Next(tokens, i + 2).Text == "(" => "sys.exit()",
            "os" when previous != "." && Next(tokens, i).Text == "." && Next(tokens, i + 1).Text is "_exit" or "abort" && Next(tokens, i + 2).Text == "(" => $"os.{Next(tokens, i + 1).Text}()",
            "exit" or "quit" when previous != "." && Next(tokens, i).Text == "(" => $"{token.Text}()",
            "SystemExit" when previous == "raise" => "raise SystemExit",
            _ => null,
        };
    }

    /// <summary>
    /// For each token, whether it is inside a top-level <c>if __name__ == '__main__':</c> block: code an author runs
    /// the file with by hand, which the platform, importing the script, never runs.
    /// </summary>
    private static bool[] MainGuarded(IReadOnlyList<PyToken> tokens)
    {
        var guarded = new bool[tokens.Count];
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            depth += tokens[i].Kind switch { PyTokenKind.Indent => 1, PyTokenKind.Dedent => -1, _ => 0 };
            if (depth != 0 || tokens[i] is not { Kind: PyTokenKind.Name, Text: "if" } || Next(tokens, i).Text != "__name__" || Next(tokens, i + 1).Text != "=="
                || Literal(Next(tokens, i + 2).Text) != "__main__" || Next(tokens, i + 3).Text != ":")
            {
                continue;
            }

            // Past the block: the dedent that ends it closes a level this loop never saw open.
            var end = BlockEnd(tokens, i);
            Array.Fill(guarded, true, i, end - i);
            i = end;
        }

        return guarded;
    }

    /// <summary>Modules whose attributes, taken by a computed name, can open files or start processes.</summary>
    private static readonly IReadOnlySet<string> DangerousHolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "builtins", "__builtins__", "os", "sys", "subprocess", "shutil", "importlib", "io", "pathlib", "socket", "ctypes",
    };

    /// <summary>A dynamic way to a name at token <paramref name="i"/> (a call not behind a dot), or null.</summary>
    private static string? Dynamic(IReadOnlyList<PyToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != PyTokenKind.Name || (i > 0 && tokens[i - 1].Text is "." or "def"))
        {
            return i > 1 && token.Text == "import_module" && tokens[i - 1].Text == "." && tokens[i - 2].Text == "importlib" ? "importlib.import_module()" : null;
        }

        var call = Next(tokens, i).Text == "(";
        return token.Text switch
        {
            "__import__" when call => "__import__()",
            "eval" or "exec" when call => token.Text + "()",
            "getattr" or "setattr" when call && DangerousHolders.Contains(Next(tokens, i + 1).Text) => $"{token.Text}({Next(tokens, i + 1).Text}, …)",
            "__builtins__" => "__builtins__",
            _ => null,
        };
    }

    /// <summary>A block opener (':' ending a line) must be followed by an indented block, and only it may be.</summary>
    private static ScriptFinding? Blocks(IReadOnlyList<PyToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var opened = i >= 2 && tokens[i - 1].Kind == PyTokenKind.Newline && tokens[i - 2] is { Kind: PyTokenKind.Op, Text: ":" };
            if (tokens[i].Kind == PyTokenKind.Indent && !opened)
            {
                return new(ScriptProblem.Syntax, "unexpected indent", tokens[i].Offset);
            }

            if (opened && tokens[i].Kind != PyTokenKind.Indent)
            {
                return new(ScriptProblem.Syntax, "expected an indented block after the line ending with ':'", tokens[i - 2].Offset);
            }
        }

        return null;
    }

    /// <summary>Finds <c>def main(a, b)</c> at depth 0 and checks it takes exactly the platform's two arguments.</summary>
    private static bool HasMain(IReadOnlyList<PyToken> tokens, List<ScriptFinding> findings)
    {
        if (MainAt(tokens) is not (>= 0 and var i))
        {
            return false;
        }

        if (i > 0 && tokens[i - 1].Text == "async")
        {
            findings.Add(new(ScriptProblem.NoMain, "main must be a plain function; the platform does not await 'async def main'", tokens[i - 1].Offset));
            return true;
        }

        var parameters = Parameters(tokens, i + 2);
        if (parameters.Required != 2)
        {
            findings.Add(new(ScriptProblem.NoMain, $"main takes {parameters.Required} required argument(s); the platform calls main(event, context)", tokens[i + 1].Offset));
        }

        return true;
    }

    /// <summary>The index of the <c>def</c> of the top-level <c>main</c>; -1 when there is none.</summary>
    private static int MainAt(IReadOnlyList<PyToken> tokens)
    {
        var depth = 0;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            depth += tokens[i].Kind switch { PyTokenKind.Indent => 1, PyTokenKind.Dedent => -1, _ => 0 };
            if (depth == 0 && tokens[i] is { Kind: PyTokenKind.Name, Text: "def" } && tokens[i + 1].Text == "main")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads of a key other than <c>body</c> from main's first parameter, in main's own block: <c>event['entities']</c>,
    /// <c>event.get("user")</c>. The platform calls main with an event whose only key is <c>body</c>, the details as a
    /// JSON string, so such a read raises KeyError (a bot break) or gives None, silently.
    /// </summary>
    private static void EventKeys(IReadOnlyList<PyToken> tokens, List<ScriptFinding> findings)
    {
        if (MainBlock(tokens) is not var (@event, start, end))
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind != PyTokenKind.Name || tokens[i].Text != @event || tokens[i - 1].Text == ".")
            {
                continue;
            }

            var key = (Next(tokens, i).Text, Next(tokens, i + 1).Text, Next(tokens, i + 2)) switch
            {
                ("[", _, _) when Next(tokens, i + 1).Kind == PyTokenKind.String && Next(tokens, i + 2).Text == "]" => Literal(Next(tokens, i + 1).Text),
                (".", "get", { Text: "(" }) when Next(tokens, i + 3).Kind == PyTokenKind.String => Literal(Next(tokens, i + 3).Text),
                _ => null,
            };
            if (key is not null && key != "body")
            {
                findings.Add(new(ScriptProblem.EventKey,
                    $"main reads {@event}['{key}'], which the platform's event does not have: its only key is 'body', a JSON string that holds {(BodyKeys.Contains(key) ? $"'{key}'" : "the details")}",
                    tokens[i].Offset));
            }
        }
    }

    /// <summary>
    /// The name of main's first parameter and main's body, as the tokens [Start, End): to the end of its block, or of its
    /// line for a main written on one line. Null when there is no main or its first parameter is no plain name.
    /// </summary>
    private static (string Event, int Start, int End)? MainBlock(IReadOnlyList<PyToken> tokens)
    {
        var main = MainAt(tokens);
        if (main < 0 || Next(tokens, main + 2).Kind != PyTokenKind.Name)
        {
            return null;
        }

        return (tokens[main + 3].Text, main + 4, BlockEnd(tokens, main + 4));
    }

    /// <summary>
    /// <c>return</c> statements of main's own block that return what the platform cannot read as a response: a dict
    /// display of written keys without <c>'statusCode'</c> or <c>'body'</c> (<c>return {'status': True}</c>, the final
    /// response itself), a name every assignment of which is such a display, or <c>json.dumps(…)</c> or a written
    /// string. Each is a bot break on the runs that reach it. Returns inside a function defined in main are its own.
    /// </summary>
    private static void NotResponses(IReadOnlyList<PyToken> tokens, List<ScriptFinding> findings)
    {
        if (MainBlock(tokens) is not var (_, start, end))
        {
            return;
        }

        var assignments = Assignments(tokens).Where(a => a.Start >= start && a.End <= end).ToList();
        for (var i = start; i < end; i++)
        {
            if (tokens[i] is { Kind: PyTokenKind.Name, Text: "def" or "class" })
            {
                i = BlockEnd(tokens, i) - 1;
                continue;
            }

            if (tokens[i] is not { Kind: PyTokenKind.Name, Text: "return" } || tokens[i - 1].Kind is not (PyTokenKind.Newline or PyTokenKind.Indent or PyTokenKind.Dedent) && tokens[i - 1].Text != ":")
            {
                continue;
            }

            var value = i + 1;
            var stop = value;
            while (stop < end && tokens[stop].Kind is not (PyTokenKind.Newline or PyTokenKind.End))
            {
                stop++;
            }

            var what = tokens[value] switch
            {
                { Text: "{" } when Closing(tokens, value, stop) == stop - 1 && OnlyWrittenKeys(tokens, value) is { } keys && Lacking(keys) is { } lacking => $"a dict without {lacking}",
                { Kind: PyTokenKind.Name, Text: "json" } when (Next(tokens, value).Text, Next(tokens, value + 1).Text, Next(tokens, value + 2).Text) is (".", "dumps", "(") => "json.dumps(…), a string",
                { Kind: PyTokenKind.String } when stop == value + 1 => "a string",
                { Kind: PyTokenKind.Name } name when stop == value + 1 && !SetOtherwise(name.Text) && assignments.Where(a => a.Name == name.Text).ToList() is { Count: > 0 } given
                    && given.All(a => AssignedDisplayKeys(tokens, a) is { } keys && Lacking(keys) is not null)
                    => $"{name.Text}, a dict without {Lacking(given.SelectMany(a => AssignedDisplayKeys(tokens, a)!).ToList())}",
                _ => null,
            };
            if (what is not null)
            {
                findings.Add(new(ScriptProblem.NotAResponse,
                    $"main returns {what}: the platform reads {{'statusCode': 200, 'body': json.dumps(final_response), …}}, so this return is a bot break", tokens[i].Offset));
            }
        }

        HandlersFallingOff(tokens, start, end, findings);

        // A name given keys one at a time or by update() may hold them by the return.
        bool SetOtherwise(string name) => Enumerable.Range(start, end - start).Any(k => tokens[k].Text == name && (k == 0 || tokens[k - 1].Text != ".")
            && (Next(tokens, k).Text == "[" && Next(tokens, Closing(tokens, k + 1, end)).Text == "=" || Next(tokens, k).Text == "." && Next(tokens, k + 1).Text is "update" or "setdefault"));

        static string? Lacking(List<string> keys) => (keys.Contains("statusCode"), keys.Contains("body")) switch
        {
            (false, false) => "'statusCode' and 'body'",
            (false, true) => "'statusCode'",
            (true, false) => "'body'",
            _ => null,
        };
    }

    /// <summary>
    /// main's last statement a <c>try</c> that returns, with an <c>except</c> whose block ends in a plain statement
    /// (<c>print(e)</c>, <c>logger.exception(…)</c>) rather than a <c>return</c> or <c>raise</c>: when that handler runs,
    /// main ends there and returns None, a bot break where the author meant to answer. A handler ending in a compound
    /// statement (an <c>if</c> that may return), or a <c>try</c> with a <c>finally</c>, is not judged.
    /// </summary>
    private static void HandlersFallingOff(IReadOnlyList<PyToken> tokens, int start, int end, List<ScriptFinding> findings)
    {
        if (TopStatements(tokens, start, end).LastOrDefault(-1) is not (>= 0 and var last) || tokens[last].Text != "try")
        {
            return;
        }

        var body = BlockEnd(tokens, last);
        if (!tokens.Skip(last).Take(body - last).Any(t => t is { Kind: PyTokenKind.Name, Text: "return" }))
        {
            return;
        }

        var handlers = new List<int>();
        for (var clause = body + 1; clause < end && tokens[clause] is { Kind: PyTokenKind.Name, Text: "except" or "else" or "finally" } keyword; clause = BlockEnd(tokens, clause) + 1)
        {
            if (keyword.Text == "finally")
            {
                return;
            }

            if (keyword.Text == "except" && TopStatements(tokens, clause, BlockEnd(tokens, clause)).LastOrDefault(-1) is >= 0 and var ending
                && tokens[ending].Text is not ("return" or "raise" or "if" or "for" or "while" or "try" or "with" or "match" or "continue" or "break"))
            {
                handlers.Add(clause);
            }
        }

        foreach (var handler in handlers)
        {
            findings.Add(new(ScriptProblem.NotAResponse,
                "when this handler runs, main ends without a return and gives the platform None, a bot break where the script meant to answer: return a response here too (with 'status': False, which a rule on status == false takes)",
                tokens[handler].Offset));
        }
    }

    /// <summary>The first token of each statement directly in the block a compound statement's header at <paramref name="from"/> opens (until <paramref name="to"/>); a clause (<c>except</c>, <c>else</c>) is part of its statement.</summary>
    private static List<int> TopStatements(IReadOnlyList<PyToken> tokens, int from, int to)
    {
        var starts = new List<int>();
        var depth = 0;
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            var kind = tokens[k].Kind;
            depth += kind switch { PyTokenKind.Indent => 1, PyTokenKind.Dedent => -1, _ => 0 };
            // A clause of a compound statement (except, else, elif, finally) belongs to the statement before it.
            if (depth == 1 && kind is not (PyTokenKind.Newline or PyTokenKind.Indent or PyTokenKind.Dedent or PyTokenKind.End)
                && tokens[k - 1].Kind is PyTokenKind.Newline or PyTokenKind.Indent or PyTokenKind.Dedent
                && tokens[k].Text is not ("except" or "else" or "elif" or "finally"))
            {
                starts.Add(k);
            }
        }

        return starts;
    }

    /// <summary>
    /// Where the block of a compound statement ends, read from <paramref name="from"/> (its header or the token after
    /// it): the dedent back to the header's level, or, for a body written on the header's own line, that line's end.
    /// </summary>
    private static int BlockEnd(IReadOnlyList<PyToken> tokens, int from)
    {
        var depth = 0;
        var entered = false;
        var i = from;
        for (; i < tokens.Count; i++)
        {
            depth += tokens[i].Kind switch { PyTokenKind.Indent => 1, PyTokenKind.Dedent => -1, _ => 0 };
            entered |= depth > 0;
            if ((entered && depth == 0) || (!entered && tokens[i].Kind == PyTokenKind.Newline && Next(tokens, i).Kind != PyTokenKind.Indent))
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// Keys read, in main's block, from the event's body as the platform gives it, a JSON string: at once
    /// (<c>event['body']['entities']</c>, <c>event.get('body').get('user')</c>) or through a name every assignment of
    /// which is that body (<c>body = event['body']</c>, then <c>body['env_variables']</c>). Indexing a string with a
    /// string raises TypeError and a string has no <c>.get</c>: the read fails on every run. A name also given the
    /// parsed body (<c>body = json.loads(body)</c>) is not judged, nor is a body passed to a function of the script.
    /// </summary>
    private static void UnparsedBodyReads(IReadOnlyList<PyToken> tokens, List<ScriptFinding> findings)
    {
        if (MainBlock(tokens) is not var (@event, start, end))
        {
            return;
        }

        // Where a read of the body as it comes ends, for the event's name at i (not an attribute); else null.
        int? Body(int i) => tokens[i] is { Kind: PyTokenKind.Name } name && name.Text == @event && (i == 0 || tokens[i - 1].Text != ".") ? Section(tokens, i + 1, "body") : null;
        var holders = Assignments(tokens).GroupBy(a => a.Name, StringComparer.Ordinal)
            .Where(g => g.All(a => Body(a.Start) == a.End))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            var (after, what) = Body(i) is { } read ? (read, $"{@event}['body']")
                : tokens[i].Kind == PyTokenKind.Name && holders.Contains(tokens[i].Text) && tokens[i - 1].Text != "." ? (i + 1, $"{tokens[i].Text}, which holds {@event}['body'] as it comes,")
                : (-1, string.Empty);
            if (after >= 0 && KeyRead(tokens, after) is { } key && Literal(key.Text) is { } name)
            {
                var failure = tokens[after].Text == "[" ? "TypeError: string indices must be integers" : "AttributeError: 'str' object has no attribute 'get'";
                findings.Add(new(ScriptProblem.BodyNotParsed,
                    $"main reads '{name}' from {what} but the platform gives the body as a JSON string, not a dict: the read fails on every run ({failure})",
                    key.Offset));
            }
        }
    }

    /// <summary>
    /// Reads of env variables the platform does not pass the script: a name the bot does not declare, read from the
    /// body's <c>env_variables</c> (at once, <c>body['env_variables']['API_URL']</c>, or through a name assigned the
    /// dict, <c>env = body.get('env_variables', {})</c>, then <c>env['API_URL']</c> or <c>env.get('API_URL')</c>),
    /// and one of the bot's variables read from the process environment (<c>os.environ</c>, <c>os.getenv</c>),
    /// where the platform puts none. Only names written as plain strings are judged.
    /// </summary>
    private static void EnvReads(IReadOnlyList<PyToken> tokens, IReadOnlySet<string> declared, List<ScriptFinding> findings)
    {
        foreach (var key in BodyReads(tokens, "env_variables"))
        {
            if (Literal(key.Text) is { } name && !declared.Contains(name))
            {
                var closest = Text.Suggestions.Closest(name, declared);
                findings.Add(new(ScriptProblem.EnvNotPassed,
                    $"the script reads the env variable '{name}', which botforge.yaml does not declare: the platform passes a script the bot's env variables only"
                    + (closest is null ? string.Empty : $" ({Text.Suggestions.DidYouMean(closest, name)})"),
                    key.Offset));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is { Kind: PyTokenKind.Name, Text: "os" } && (i == 0 || tokens[i - 1].Text != ".") && Next(tokens, i).Text == "."
                && (Next(tokens, i + 1).Text == "environ" ? KeyRead(tokens, i + 3) : Next(tokens, i + 1).Text == "getenv" && Next(tokens, i + 2).Text == "(" ? Next(tokens, i + 3) : null) is { Kind: PyTokenKind.String } environ
                && Literal(environ.Text) is { } variable && declared.Contains(variable))
            {
                findings.Add(new(ScriptProblem.EnvNotPassed,
                    $"the script reads the env variable '{variable}' from the process environment, where the platform puts none: it passes the bot's env variables in the event's body, as 'env_variables'",
                    environ.Offset));
            }
        }
    }

    /// <summary>
    /// An entity read from the body's <c>entities</c> by a script that never reads an <c>entity_value</c>: the platform
    /// passes each entity as a list of <c>{"entity_value", "detection", "original_text"}</c>, so what such a script
    /// takes for the value is that list (<c>int(entities.get('party_size'))</c> fails on every run).
    /// </summary>
    /// <remarks>
    /// An entity read by a helper's parameter (<c>def value_of(entities, name)</c>, then <c>entities.get(name)</c>) counts:
    /// a name a loop gives (<c>for name in entities</c>) does not, as walking the entities names none.
    /// </remarks>
    private static void EntityReads(IReadOnlyList<PyToken> tokens, List<ScriptFinding> findings)
    {
        if (tokens.Any(t => t.Kind == PyTokenKind.String && Literal(t.Text) == "entity_value"))
        {
            return;
        }

        var reads = BodyReads(tokens, "entities", byName: true);
        if (reads.FirstOrDefault(key => key.Kind == PyTokenKind.String && Literal(key.Text) is not null) is { Text: not null } first)
        {
            findings.Add(new(ScriptProblem.EntityAsValue, $"the script reads the entity '{Literal(first.Text)}' {NeverValue}", first.Offset));
            return;
        }

        var parameters = Functions(tokens).Where(f => f.Name != "main").SelectMany(f => f.Parameters.Select(p => (Parameter: p, Function: f.Name)))
            .DistinctBy(p => p.Parameter).ToDictionary(p => p.Parameter, p => p.Function, StringComparer.Ordinal);
        if (reads.FirstOrDefault(key => key.Kind == PyTokenKind.Name && parameters.ContainsKey(key.Text)) is { Text: not null } byName)
        {
            findings.Add(new(ScriptProblem.EntityAsValue, $"the script reads an entity by name ({byName.Text}, a parameter of {parameters[byName.Text]}) {NeverValue}", byName.Offset));
        }
    }

    /// <summary>
    /// The keys of <c>conversation_details</c> a script sets, when it writes them only in ways that name each key:
    /// a dict display with written keys (<c>'conversation_details': {'last_incident': number}</c>, or assigned to
    /// <c>final['conversation_details']</c>), or one key at a time (<c>final['conversation_details']['k'] = v</c>).
    /// Null when it may set others: a value that is not such a display (a name, a call, <c>**</c> in it, a
    /// comprehension), a keyword argument <c>conversation_details=</c>, any other use of the word, or a script that
    /// does not tokenize. Reading the body's details (<c>body.get('conversation_details')</c>) sets nothing.
    /// </summary>
    public static IReadOnlySet<string>? ConversationDetailKeys(string source)
    {
        var (tokens, error) = PythonTokenizer.Tokenize(source);
        if (error is not null)
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token is { Kind: PyTokenKind.Name, Text: "conversation_details" })
            {
                return null;
            }

            if (token.Kind != PyTokenKind.String || Literal(token.Text) != "conversation_details")
            {
                continue;
            }

            var (previous, next) = (i > 0 ? tokens[i - 1].Text : string.Empty, Next(tokens, i).Text);
            int? value = (previous, next) switch
            {
                ("{" or ",", ":") => i + 2,
                ("[", "]") when Next(tokens, i + 1).Text == "=" => i + 3,
                _ => null,
            };
            if (value is { } at)
            {
                if (OnlyWrittenKeys(tokens, at) is not { } written)
                {
                    return null;
                }

                keys.UnionWith(written);
            }
            else if (previous == "[" && next == "]" && Next(tokens, i + 1).Text == "[" && Next(tokens, i + 2) is { Kind: PyTokenKind.String } key
                && Next(tokens, i + 3).Text == "]" && Next(tokens, i + 4).Text == "=" && Literal(key.Text) is { } name)
            {
                keys.Add(name);
            }
            else if (!(previous == "[" && next == "]") && !(previous == "(" && i > 1 && tokens[i - 2].Text == "get"))
            {
                return null;
            }
        }

        return keys;
    }

    /// <summary>
    /// The keys a script's final responses can hold, with <c>status</c> true and with it false, when every response
    /// is written so that each key is named: its body is <c>json.dumps</c> of a dict display of written keys, or of a
    /// name every assignment of which is one, set further only by <c>name['key'] = …</c> (and otherwise only read, or
    /// dumped). A display whose <c>status</c> is not the written <c>True</c> or <c>False</c> (or a name whose status is
    /// set again by key) counts for both; a key set by key, for both. Null when a response is built another way (a
    /// call, <c>**</c>, <c>.update(…)</c>, a name passed to a function that may add keys), when there is no response to
    /// read, or when the script does not tokenize.
    /// </summary>
    public static ScriptOutcomes? FinalResponseKeys(string source)
    {
        var (tokens, error) = PythonTokenizer.Tokenize(source);
        if (error is not null)
        {
            return null;
        }

        var displays = new List<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, i) in Responses(tokens).SelectMany(r => r.Where(k => k.Key == "body")))
        {
            if (Dumped(tokens, i) is not { } dumped)
            {
                return null;
            }

            if (tokens[dumped].Kind == PyTokenKind.Name && Next(tokens, dumped).Text == ")")
            {
                names.Add(tokens[dumped].Text);
            }
            else if (tokens[dumped].Text == "{")
            {
                displays.Add(dumped);
            }
            else
            {
                return null;
            }
        }

        if (displays.Count == 0 && names.Count == 0)
        {
            return null;
        }

        var assignments = Assignments(tokens);
        // Each dict a response dumps: written in the response, or assigned to the name it dumps (then its status may be set again).
        var dicts = new List<(int Open, List<string>? Keys, bool Named)>(displays.Select(d => (d, OnlyWrittenKeys(tokens, d), false)));
        foreach (var name in names)
        {
            var given = assignments.Where(a => a.Name == name).ToList();
            if (given.Count == 0)
            {
                return null;
            }

            dicts.AddRange(given.Select(a => (a.Start, AssignedDisplayKeys(tokens, a), true)));
        }

        // What a name is further given by key, and whether its status is among those keys.
        var byKey = new HashSet<string>(StringComparer.Ordinal);
        var statusSetAgain = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != PyTokenKind.Name || !names.Contains(tokens[i].Text) || (i > 0 && tokens[i - 1].Text == "."))
            {
                continue;
            }

            var (next, after) = (Next(tokens, i).Text, Next(tokens, i + 1));
            if (next == "=" && (i == 0 || tokens[i - 1].Kind is PyTokenKind.Newline or PyTokenKind.Indent or PyTokenKind.Dedent))
            {
                continue;   // an assignment, read above
            }

            if (next == "[" && after.Kind == PyTokenKind.String && Literal(after.Text) is { } key && Next(tokens, i + 2).Text == "]")
            {
                var op = Next(tokens, i + 3);
                if (op.Text == "=")
                {
                    byKey.Add(key);
                    statusSetAgain |= key == "status";
                }
                else if (op.Kind == PyTokenKind.Op && op.Text.EndsWith('=') && op.Text is not ("==" or "!=" or "<=" or ">="))
                {
                    return null;   // an augmented assignment of a key it may not have yet
                }

                continue;
            }

            var read = next == "." && after.Text is "get" or "keys" or "items" or "values" or "copy";
            var dumpedHere = i > 2 && tokens[i - 1].Text == "(" && tokens[i - 2].Text == "dumps" && next == ")";
            if (!read && !dumpedHere)
            {
                return null;
            }
        }

        var withTrue = new HashSet<string>(byKey, StringComparer.Ordinal);
        var withFalse = new HashSet<string>(byKey, StringComparer.Ordinal);
        foreach (var (open, written, named) in dicts)
        {
            if (written is not { } keys)
            {
                return null;
            }

            var status = named && statusSetAgain ? null : WrittenStatus(tokens, open);
            if (status != false)
            {
                withTrue.UnionWith(keys);
            }

            if (status != true)
            {
                withFalse.UnionWith(keys);
            }
        }

        return new ScriptOutcomes(withTrue, withFalse);
    }

    /// <summary>The <c>status</c> a dict display opening at <paramref name="open"/> writes as <c>True</c> or <c>False</c>; null for any other value, or none.</summary>
    private static bool? WrittenStatus(IReadOnlyList<PyToken> tokens, int open) =>
        DisplayKeys(tokens, open).FirstOrDefault(k => k.Key == "status") is { Key: not null } status && Next(tokens, status.At + 1) is { Kind: PyTokenKind.Name, Text: "True" or "False" } value
        && Next(tokens, status.At + 2).Text is "," or "}"
            ? value.Text == "True"
            : null;

    /// <summary>The keys of an assignment whose right side is one dict display of written keys (<c>final = {'status': True}</c>); null for any other.</summary>
    private static List<string>? AssignedDisplayKeys(IReadOnlyList<PyToken> tokens, (string Name, int Start, int End) assignment) =>
        tokens[assignment.Start].Text == "{" && Closing(tokens, assignment.Start, assignment.End) == assignment.End - 1 ? OnlyWrittenKeys(tokens, assignment.Start) : null;

    /// <summary>The keys of the dict display that opens at <paramref name="open"/> when each is a written string (<see cref="DisplayKeys"/> takes those among others); null when it is no display, a key is not one, or it unpacks (<c>**</c>) or is a comprehension.</summary>
    private static List<string>? OnlyWrittenKeys(IReadOnlyList<PyToken> tokens, int open)
    {
        if (open >= tokens.Count || tokens[open].Text != "{")
        {
            return null;
        }

        var close = Closing(tokens, open, tokens.Count);
        var keys = new List<string>();
        var expectKey = true;
        var depth = 0;
        for (var k = open + 1; k < close; k++)
        {
            var text = tokens[k].Text;
            if (depth == 0)
            {
                if (expectKey)
                {
                    if (tokens[k].Kind != PyTokenKind.String || Literal(text) is not { } key || Next(tokens, k).Text != ":")
                    {
                        return null;
                    }

                    keys.Add(key);
                    expectKey = false;
                    k++;
                    continue;
                }

                if (text == "for")
                {
                    return null;
                }

                expectKey = text == ",";
            }

            depth += text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 };
        }

        return keys;
    }

    /// <summary>The entities a script reads by a written name, from the body's <c>entities</c> (at once, through a name holding them, or in a helper given them); none when it does not tokenize.</summary>
    public static IReadOnlyList<ScriptEntityRead> EntitiesRead(string source)
    {
        var (tokens, error) = PythonTokenizer.Tokenize(source);
        if (error is not null)
        {
            return [];
        }

        var index = IndexByOffset(tokens);

        var reads = BodyReads(tokens, "entities")
            .Select(key => (Key: key, At: index[key.Offset], Name: Literal(key.Text)))
            .Where(r => r.Name is not null && r.Key.Text.Length == r.Name.Length + 2)
            .Select(r => (r.Key, r.At, Name: r.Name!, Subscript: tokens[r.At - 1].Text == "["))
            .ToList();
        var tested = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == PyTokenKind.String && Literal(tokens[i].Text) is { } name
                && (Next(tokens, i).Text == "in" || (Next(tokens, i).Text == "not" && Next(tokens, i + 1).Text == "in")))
            {
                tested.Add(name);
            }
        }

        tested.UnionWith(reads.Where(r => !r.Subscript).Select(r => r.Name));
        var caught = CaughtKeyErrors(tokens);
        return [.. reads.Select(r => new ScriptEntityRead(r.Name, r.Key.Offset + 1, r.Name.Length, r.Subscript, tested.Contains(r.Name) || caught[r.At]))];
    }

    /// <summary>For each token, whether it is inside the body of a <c>try</c> one of whose handlers catches a KeyError (bare, KeyError, LookupError, Exception, BaseException).</summary>
    private static bool[] CaughtKeyErrors(IReadOnlyList<PyToken> tokens)
    {
        var caught = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not { Kind: PyTokenKind.Name, Text: "try" } || Next(tokens, i).Text != ":")
            {
                continue;
            }

            var end = BlockEnd(tokens, i);
            var catches = false;
            for (var clause = end + 1; clause < tokens.Count && tokens[clause] is { Kind: PyTokenKind.Name, Text: "except" }; clause = BlockEnd(tokens, clause) + 1)
            {
                var header = tokens.Skip(clause + 1).TakeWhile(t => t.Text != ":").Select(t => t.Text).ToList();
                catches |= header.Count == 0 || header.Any(t => t is "KeyError" or "LookupError" or "Exception" or "BaseException");
            }

            if (catches)
            {
                Array.Fill(caught, true, i, end - i);
            }
        }

        return caught;
    }

    /// <summary>Whether the tokens [<paramref name="after"/>, <paramref name="end"/>) add nothing to a value but an empty default (<c>or {}</c>, <c>or dict()</c>).</summary>
    private static bool AsItIs(IReadOnlyList<PyToken> tokens, int after, int end) => (end - after) switch
    {
        0 => true,
        3 => tokens[after].Text == "or" && tokens[after + 1].Text == "{" && tokens[after + 2].Text == "}",
        4 => tokens[after].Text == "or" && tokens[after + 1].Text == "dict" && tokens[after + 2].Text == "(" && tokens[after + 3].Text == ")",
        _ => false,
    };

    /// <summary>What a list has besides the methods every object has: any other attribute of an entity read fails.</summary>
    private static readonly IReadOnlySet<string> ListAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
    };

    /// <summary>What a dict has besides the methods every object has: any other attribute of a detection fails.</summary>
    private static readonly IReadOnlySet<string> DictAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
    };

    /// <summary>The keys of a detection, as the platform passes an entity (docs/platform.md).</summary>
    private static readonly IReadOnlySet<string> DetectionKeys = new HashSet<string>(StringComparer.Ordinal) { "entity_value", "detection", "original_text" };

    /// <summary>
    /// An entity read from the body's <c>entities</c> (by a written name or a helper's parameter, at once or through a
    /// name assigned that dict as it is) and then read in a shape the platform does not pass: the list of detections
    /// taken a text key (<c>entities['email']['entity_value']</c>) or an attribute no list has (<c>entities.get('city').lower()</c>),
    /// or a detection (<c>[0]</c>) taken a key it does not have (<c>['value']</c>, <c>.get('value')</c>) or an attribute no
    /// dict has. Each fails (TypeError, KeyError, AttributeError) or reads nothing on every run the entity has a value.
    /// </summary>
    private static void EntityShapeMisreads(IReadOnlyList<PyToken> tokens, List<ScriptFinding> findings)
    {
        var index = IndexByOffset(tokens);

        foreach (var key in BodyReads(tokens, "entities", byName: true, exact: true))
        {
            var at = index[key.Offset];
            var end = tokens[at - 1].Text == "[" ? at + 1 : Closing(tokens, at - 1, tokens.Count);
            var entity = key.Kind == PyTokenKind.String ? $"the entity {key.Text}" : $"an entity read by its name in {key.Text}";
            var every = key.Kind == PyTokenKind.String ? $"on every run {key.Text} has a value" : "on every run the entity has a value";
            if (TextKey(tokens, end) is { } text)
            {
                findings.Add(new(ScriptProblem.EntityShape,
                    $"the script reads [{text.Text}] of {entity} as one detection, but {ListOfDetections}, and a list takes no text key: TypeError {every}", text.Offset));
            }
            else if (Attribute(tokens, end, ListAttributes) is { } attribute)
            {
                findings.Add(new(ScriptProblem.EntityShape,
                    $"the script reads .{attribute.Text} of {entity} as one {(attribute.Text == "get" ? "detection" : "value")}, but {ListOfDetections}, and a list has no {attribute.Text}: AttributeError {every}",
                    attribute.Offset));
            }
            else if (Index(tokens, end) is { } detection)
            {
                if ((TextKey(tokens, detection) ?? GetKey(tokens, detection)) is { } detectionKey && Literal(detectionKey.Text) is { } name && !DetectionKeys.Contains(name))
                {
                    var closest = Suggestions.Closest(name, DetectionKeys);
                    findings.Add(new(ScriptProblem.EntityShape,
                        $"the script reads {detectionKey.Text} of a detection of {entity}, which has only 'entity_value', 'detection' and 'original_text': "
                        + (Next(tokens, detection).Text == "[" ? $"KeyError {every}" : $"the .get gives None {every}")
                        + (closest is null ? string.Empty : $" ({Suggestions.DidYouMean(closest, name)})"),
                        detectionKey.Offset));
                }
                else if (Attribute(tokens, detection, DictAttributes) is { } method)
                {
                    findings.Add(new(ScriptProblem.EntityShape,
                        $"the script reads .{method.Text} of a detection of {entity} as its value, but a detection is a dict, {{\"entity_value\", \"detection\", \"original_text\"}}, with no {method.Text}: AttributeError {every}",
                        method.Offset));
                }
            }
        }
    }

    /// <summary>The string of a subscript straight after the token at <paramref name="end"/> (<c>['KEY']</c>).</summary>
    private static PyToken? TextKey(IReadOnlyList<PyToken> tokens, int end) =>
        Next(tokens, end).Text == "[" && Next(tokens, end + 1) is { Kind: PyTokenKind.String } key && Next(tokens, end + 2).Text == "]" ? key : null;

    /// <summary>The string a <c>.get(</c> straight after the token at <paramref name="end"/> reads (<c>.get('KEY'</c>).</summary>
    private static PyToken? GetKey(IReadOnlyList<PyToken> tokens, int end) =>
        Next(tokens, end).Text == "." && Next(tokens, end + 1).Text == "get" && Next(tokens, end + 2).Text == "(" && Next(tokens, end + 3) is { Kind: PyTokenKind.String } key ? key : null;

    /// <summary>The attribute read straight after the token at <paramref name="end"/> when its type, having <paramref name="attributes"/>, has no such one.</summary>
    private static PyToken? Attribute(IReadOnlyList<PyToken> tokens, int end, IReadOnlySet<string> attributes) =>
        Next(tokens, end).Text == "." && Next(tokens, end + 1) is { Kind: PyTokenKind.Name } name && !attributes.Contains(name.Text) && !name.Text.StartsWith("__", StringComparison.Ordinal) ? name : null;

    /// <summary>The closing bracket of an index by a written integer straight after the token at <paramref name="end"/> (<c>[0]</c>, <c>[-1]</c>).</summary>
    private static int? Index(IReadOnlyList<PyToken> tokens, int end)
    {
        if (Next(tokens, end).Text != "[")
        {
            return null;
        }

        var number = Next(tokens, end + 1).Text == "-" ? end + 3 : end + 2;
        return number < tokens.Count && tokens[number].Kind == PyTokenKind.Number && Next(tokens, number).Text == "]" ? number + 1 : null;
    }

    private const string ListOfDetections = "the platform passes each entity as a list of detections, [{\"entity_value\", \"detection\", \"original_text\"}]";

    private const string NeverValue =
        "but never an 'entity_value': the platform passes each entity as a list of {\"entity_value\", \"detection\", \"original_text\"}, so what it reads is that list";

    /// <summary>The script's functions with their parameters in order (those with defaults come after the others, as Python requires).</summary>
    private static List<(string Name, List<string> Parameters)> Functions(IReadOnlyList<PyToken> tokens)
    {
        var functions = new List<(string Name, List<string> Parameters)>();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text == "def" && tokens[i + 1].Kind == PyTokenKind.Name && tokens[i + 2].Text == "(")
            {
                var (plain, defaulted, _) = Arguments(tokens, i + 2);
                functions.Add((tokens[i + 1].Text, [.. plain.Where(p => p.Count > 0).Select(p => p[0].Text), .. defaulted.Keys]));
            }
        }

        return functions;
    }

    /// <summary>
    /// The keys a script reads, as written strings, from a section of the event's body (<c>env_variables</c>,
    /// <c>entities</c>): at once (<c>body['env_variables']['API_URL']</c>, <c>body.get('entities', {}).get('city')</c>)
    /// or through a name assigned the section (<c>env = body.get('env_variables', {})</c>, then <c>env['API_URL']</c>
    /// or <c>env.get('API_URL')</c>).
    /// </summary>
    /// <param name="tokens">The script's tokens.</param>
    /// <param name="section">The section of the body: <c>env_variables</c> or <c>entities</c>.</param>
    /// <param name="byName">Also a key read by a name (<c>entities.get(name)</c>), not only by a written string.</param>
    /// <param name="exact">Only names assigned the section as it is (<c>entities = body['entities']</c>, <c>… or {}</c>), not a value made from it (<c>{k: v[0] for k, v in body['entities'].items()}</c>).</param>
    private static List<PyToken> BodyReads(IReadOnlyList<PyToken> tokens, string section, bool byName = false, bool exact = false)
    {
        PyToken? Read(int i) => KeyRead(tokens, i) ?? (byName ? NameKeyRead(tokens, i) : null);

        // The names assigned the section itself (not a value read from it); when exact, only those assigned nothing else.
        bool Holds(int start, int end) => Enumerable.Range(start, end - start)
            .Any(j => Section(tokens, j, section) is { } after && KeyRead(tokens, after) is null && (!exact || AsItIs(tokens, after, end)));
        var assignments = Assignments(tokens);
        var holders = exact ? ExactHolders(assignments, Holds) : assignments.Where(a => Holds(a.Start, a.End)).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        HelperParameters(tokens, section, holders);

        var reads = new List<PyToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var read = Section(tokens, i, section) is { } after ? Read(after)
                : token.Kind == PyTokenKind.Name && holders.Contains(token.Text) && (i == 0 || tokens[i - 1].Text != ".") ? Read(i + 1)
                : null;
            if (read is { } key)
            {
                reads.Add(key);
            }
        }

        return reads;
    }

    /// <summary>
    /// Adds to <paramref name="holders"/> the parameters of the script's functions that every call passes the section:
    /// a name holding it, or the read itself (<c>def call(env, path)</c> with <c>call(env, '/x')</c>, or
    /// <c>call('/x', variables=body['env_variables'])</c>), so reads inside a helper count; to a fixed point, as a
    /// helper may pass it on to another. A parameter some call passes anything else (or <c>*args</c>) is not one.
    /// </summary>
    private static void HelperParameters(IReadOnlyList<PyToken> tokens, string section, HashSet<string> holders)
    {
        var functions = Functions(tokens);
        if (functions.Count == 0)
        {
            return;
        }

        // Every call of those functions, found in one pass.
        var names = functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var callsOf = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens[i].Kind == PyTokenKind.Name && names.Contains(tokens[i].Text) && Next(tokens, i).Text == "(" && (i == 0 || tokens[i - 1].Text is not ("def" or ".")))
            .ToLookup(i => tokens[i].Text, i => Arguments(tokens, i + 1), StringComparer.Ordinal);

        // Each parameter with what every call gives it (null: cannot be told); and, by name, the parameters some call
        // gives a bare name, to look at again when that name becomes a holder (a worklist, so a chain of helpers is
        // followed in time linear in the calls, whatever their order in the file).
        var given = new List<(string Parameter, List<List<PyToken>?> Values)>();
        var waiting = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (name, parameters) in functions)
        {
            var calls = callsOf[name].ToList();
            for (var p = 0; p < parameters.Count && calls.Count > 0; p++)
            {
                var values = calls.Select(call => call.Spread ? null : call.Keywords.GetValueOrDefault(parameters[p]) ?? (p < call.Positional.Count ? call.Positional[p] : null)).ToList();
                given.Add((parameters[p], values));
                foreach (var value in values.Where(v => v is { Count: 1 }))
                {
                    (waiting.TryGetValue(value![0].Text, out var list) ? list : waiting[value[0].Text] = []).Add(given.Count - 1);
                }
            }
        }

        bool Holds(List<PyToken>? value) => value is { Count: > 0 }
            && ((value.Count == 1 && holders.Contains(value[0].Text)) || (value[0].Kind == PyTokenKind.Name && Section(value, 1, section) == value.Count));

        var work = new Queue<int>(Enumerable.Range(0, given.Count));
        while (work.TryDequeue(out var k))
        {
            var (parameter, values) = given[k];
            if (!holders.Contains(parameter) && values.All(Holds) && holders.Add(parameter) && waiting.TryGetValue(parameter, out var next))
            {
                foreach (var other in next)
                {
                    work.Enqueue(other);
                }
            }
        }
    }

    /// <summary>
    /// When tokens at <paramref name="i"/> read the key <paramref name="section"/> (<c>['entities']</c>, <c>.get('entities', …)</c>):
    /// the position after that read, and after a default for it in parentheses (<c>(body.get('entities') or {})</c>).
    /// </summary>
    private static int? Section(IReadOnlyList<PyToken> tokens, int i, string section)
    {
        if (KeyRead(tokens, i) is not { } key || Literal(key.Text) != section)
        {
            return null;
        }

        var after = tokens[i].Text == "[" ? i + 3 : Closing(tokens, i + 2, tokens.Count) + 1;
        var empty = (Next(tokens, after - 1).Text, Next(tokens, after).Text, Next(tokens, after + 1).Text, Next(tokens, after + 2).Text) switch
        {
            ("or", "{", "}", _) => 3,
            ("or", "dict", "(", ")") => 4,
            _ => 0,
        };
        return empty > 0 && Next(tokens, after + empty - 1).Text == ")" ? after + empty + 1 : after;
    }

    /// <summary>The name a subscript or a <c>.get(</c> at <paramref name="i"/> reads by (<c>[name]</c>, <c>.get(name)</c>, <c>.get(name, …)</c>).</summary>
    private static PyToken? NameKeyRead(IReadOnlyList<PyToken> tokens, int i) => (Next(tokens, i - 1).Text, Next(tokens, i), Next(tokens, i + 1)) switch
    {
        ("[", { Kind: PyTokenKind.Name } key, { Text: "]" }) => key,
        (".", { Text: "get" }, { Text: "(" }) when Next(tokens, i + 2).Kind == PyTokenKind.Name && Next(tokens, i + 3).Text is ")" or "," => Next(tokens, i + 2),
        _ => null,
    };

    /// <summary>The key a subscript or a <c>.get(</c> at <paramref name="i"/> reads, when it is a string (<c>['KEY']</c>, <c>.get('KEY'</c>).</summary>
    private static PyToken? KeyRead(IReadOnlyList<PyToken> tokens, int i) => (Next(tokens, i - 1).Text, Next(tokens, i), Next(tokens, i + 1)) switch
    {
        ("[", { Kind: PyTokenKind.String } key, { Text: "]" }) => key,
        (".", { Text: "get" }, { Text: "(" }) when Next(tokens, i + 2).Kind == PyTokenKind.String => Next(tokens, i + 2),
        _ => null,
    };

    /// <summary>
    /// A response written as a dict display with <c>'statusCode'</c> whose <c>'body'</c> is a dict or list display,
    /// <c>str(…)</c>, or <c>json.dumps(…).encode(…)</c>: the platform reads the body as a JSON string
    /// (<c>json.dumps(final_response)</c>), so such a response is a bot break (<c>str()</c> writes Python's <c>True</c>
    /// and quotes, not JSON; <c>encode</c> makes bytes, which are no string). Only a display
    /// with both keys counts (<paramref name="response"/>'s keys, <see cref="Responses"/>): a request's payload may well
    /// have a <c>body</c> of its own. Also a body that is <c>json.dumps</c> of a dict wrapping the outputs in
    /// <c>'final_response'</c> (<see cref="Wrapped"/>).
    /// </summary>
    private static ScriptFinding? BodyNotJson(IReadOnlyList<PyToken> tokens, List<(string Key, int At)> response, List<(string Name, int Start, int End)> assignments)
    {
        PyToken? body = null;
        PyToken? wrapped = null;
        string? literal = null;
        foreach (var (key, i) in response)
        {
            var value = Next(tokens, i + 1);
            if (key == "body" && (value.Text is "{" or "[" || (value.Text == "str" && Next(tokens, i + 2).Text == "(")))
            {
                body = value;
            }
            else if (key == "body" && value.Kind == PyTokenKind.Name && Next(tokens, i + 2).Text is "," or "}"
                && assignments.Where(a => a.Name == value.Text).ToList() is { Count: > 0 } assigned
                && assigned.All(a => tokens[a.Start].Text is "{" or "[" && Closing(tokens, a.Start, a.End) == a.End - 1))
            {
                // A name every assignment of which is a dict (or list) written out: 'body': final.
                body = value;
                literal = tokens[assigned[0].Start].Text == "{" ? "dict" : "list";
            }
            else if (key == "body" && Dumped(tokens, i) is { } dumped)
            {
                var close = Closing(tokens, dumped - 1, tokens.Count);
                if (Next(tokens, close).Text == "." && Next(tokens, close + 1).Text == "encode")
                {
                    body = Next(tokens, close + 1);
                }
                else if (Wrapped(tokens, dumped, assignments))
                {
                    wrapped = tokens[dumped];
                }
            }
        }

        if (body is null && wrapped is { } outputs)
        {
            return new(ScriptProblem.WrappedOutputs,
                "the response's 'body' is json.dumps of a dict holding 'final_response': the platform reads the body itself as the final response, so 'status' and the outputs are one level down and no connection's condition sees them",
                outputs.Offset);
        }

        return body is { } found
            ? new(ScriptProblem.BodyNotJson, literal is not null
                ? $"the response's 'body' is '{found.Text}', a {literal}, not a JSON string: the platform reads the body with json.loads, so the node fails (write json.dumps({found.Text}))"
                : found.Text switch
                {
                    "str" => "the response's 'body' is str(...), which writes Python (True, single quotes), not JSON: the platform cannot read it",
                    "encode" => "the response's 'body' is json.dumps(...).encode(...), bytes, not a JSON string: the platform reads the body as a string, so the node fails",
                    var open => $"the response's 'body' is a {(open == "{" ? "dict" : "list")}, not a JSON string: the platform reads the body with json.loads, so the node fails",
                },
                found.Offset)
            : null;
    }

    /// <summary>
    /// The keys of each dict display that is a response: one with a <c>'statusCode'</c> (a request's payload may well have
    /// a <c>body</c> of its own). Found once, for BF0233, BF0238 and BF0240.
    /// </summary>
    private static List<List<(string Key, int At)>> Responses(IReadOnlyList<PyToken> tokens)
    {
        var responses = new List<List<(string Key, int At)>>();
        for (var open = 0; open < tokens.Count; open++)
        {
            if (tokens[open].Text == "{" && DisplayKeys(tokens, open) is var keys && keys.Any(k => k.Key == "statusCode"))
            {
                responses.Add(keys);
            }
        }

        return responses;
    }

    /// <summary>
    /// Where the values a final response gives <paramref name="key"/> start: in the dict the response's body dumps
    /// (<c>'body': json.dumps({...})</c>), in a dict display a name so dumped is assigned, or by <c>name['key'] = …</c>
    /// on such a name. Any other dict (a request's payload) is not the final response.
    /// </summary>
    private static List<int> FinalResponseValues(IReadOnlyList<PyToken> tokens, List<List<(string Key, int At)>> responses, List<(string Name, int Start, int End)> assignments, string key)
    {
        var displays = new List<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keys in responses)
        {
            foreach (var (_, i) in keys.Where(k => k.Key == "body"))
            {
                if (Dumped(tokens, i) is not { } dumped)
                {
                    continue;
                }

                if (tokens[dumped].Text == "{")
                {
                    displays.Add(dumped);
                }
                else if (tokens[dumped].Kind == PyTokenKind.Name && Next(tokens, dumped).Text is ")" or ",")
                {
                    names.Add(tokens[dumped].Text);
                }
            }
        }

        displays.AddRange(assignments.Where(a => names.Contains(a.Name) && tokens[a.Start].Text == "{").Select(a => a.Start));
        var values = displays.SelectMany(open => DisplayKeys(tokens, open).Where(k => k.Key == key).Select(k => k.At + 2)).ToList();
        for (var i = 0; i + 5 < tokens.Count; i++)
        {
            if (tokens[i].Kind == PyTokenKind.Name && names.Contains(tokens[i].Text) && (i == 0 || tokens[i - 1].Text != ".")
                && tokens[i + 1].Text == "[" && Literal(tokens[i + 2].Text) == key && tokens[i + 3].Text == "]" && tokens[i + 4].Text == "=")
            {
                values.Add(i + 5);
            }
        }

        return [.. values.Distinct().Order().Where(at => at < tokens.Count)];
    }

    /// <summary>True when the value at <paramref name="at"/> is one token that ends there (<c>'true',</c> or <c>3}</c>), not the start of an expression.</summary>
    private static bool WholeValue(IReadOnlyList<PyToken> tokens, int at) =>
        Next(tokens, at).Text is "," or "}" || Next(tokens, at).Kind is PyTokenKind.Newline or PyTokenKind.End;

    /// <summary>
    /// A final response whose <c>status</c> is a text that spells a boolean (<c>'true'</c>, <c>"False"</c>)
    /// (<see cref="FinalResponseValues"/>). Rules compare status with true or false, which match only a boolean
    /// (docs/format.md, "Rules"), so none holds for it. A status computed by an expression is not judged.
    /// </summary>
    private static void StatusAsText(IReadOnlyList<PyToken> tokens, List<List<(string Key, int At)>> responses, List<(string Name, int Start, int End)> assignments, List<ScriptFinding> findings)
    {
        foreach (var at in FinalResponseValues(tokens, responses, assignments, "status"))
        {
            if (tokens[at].Kind == PyTokenKind.String && Literal(tokens[at].Text) is { } text && text.ToLowerInvariant() is "true" or "false" && WholeValue(tokens, at))
            {
                var meant = text.ToLowerInvariant();
                findings.Add(new(ScriptProblem.StatusAsText,
                    $"the final response's 'status' is the text '{text}', not the boolean {(meant == "true" ? "True" : "False")}: a rule 'status == {meant}' matches only a boolean, so no rule on status holds",
                    tokens[at].Offset));
            }
        }
    }

    /// <summary>
    /// A final response whose <c>user_details</c> dict display gives a key a number or a boolean written as such
    /// (<c>'user_details': {'visits': 3}</c>): the platform keeps user_details as a dict of strings. A value computed
    /// by an expression is not judged.
    /// </summary>
    private static void DetailNotText(IReadOnlyList<PyToken> tokens, List<List<(string Key, int At)>> responses, List<(string Name, int Start, int End)> assignments, List<ScriptFinding> findings)
    {
        foreach (var open in FinalResponseValues(tokens, responses, assignments, "user_details").Where(at => tokens[at].Text == "{"))
        {
            foreach (var (key, at) in DisplayKeys(tokens, open))
            {
                var value = at + 2;
                if (value < tokens.Count && WholeValue(tokens, value)
                    && (tokens[value].Kind == PyTokenKind.Number || tokens[value] is { Kind: PyTokenKind.Name, Text: "True" or "False" }))
                {
                    var what = tokens[value].Kind == PyTokenKind.Number ? $"the number {tokens[value].Text}" : tokens[value].Text;
                    findings.Add(new(ScriptProblem.DetailNotText,
                        $"user_details['{key}'] is set to {what}: the platform keeps user_details as a dict of strings, so the value comes back as text, or the response is refused",
                        tokens[value].Offset));
                }
            }
        }
    }

    /// <summary>Where the argument of <c>json.dumps(</c> starts when a dict display's key at <paramref name="key"/> is given one (<c>'body': json.dumps(…)</c>); else null.</summary>
    private static int? Dumped(IReadOnlyList<PyToken> tokens, int key) =>
        (Next(tokens, key + 1).Text, Next(tokens, key + 2).Text, Next(tokens, key + 3).Text, Next(tokens, key + 4).Text) is ("json", ".", "dumps", "(") && key + 6 < tokens.Count
            ? key + 6
            : null;

    /// <summary>
    /// True when the argument at <paramref name="at"/> of a body's <c>json.dumps(</c> is a dict display with a
    /// <c>'final_response'</c> key and no <c>'status'</c>, or a name every assignment of which is such a display.
    /// </summary>
    private static bool Wrapped(IReadOnlyList<PyToken> tokens, int at, List<(string Name, int Start, int End)> assignments)
    {
        if (at >= tokens.Count)
        {
            return false;
        }

        if (tokens[at].Text == "{")
        {
            var keys = DisplayKeys(tokens, at).Select(k => k.Key).ToList();
            return keys.Contains("final_response") && !keys.Contains("status");
        }

        var given = assignments.Where(a => a.Name == tokens[at].Text).ToList();
        return tokens[at].Kind == PyTokenKind.Name && Next(tokens, at).Text == ")" && given.Count > 0
            && given.All(a => tokens[a.Start].Text == "{" && Closing(tokens, a.Start, a.End) == a.End - 1 && Wrapped(tokens, a.Start, assignments));
    }

    /// <summary>The string keys written at the top level of the dict display opening at <paramref name="open"/>, each with its token's index.</summary>
    private static List<(string Key, int At)> DisplayKeys(IReadOnlyList<PyToken> tokens, int open)
    {
        var keys = new List<(string, int)>();
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            depth += text is "{" or "[" or "(" ? 1 : text is "}" or "]" or ")" ? -1 : 0;
            if (depth == 0)
            {
                break;
            }

            if (depth == 1 && tokens[i].Kind == PyTokenKind.String && Next(tokens, i).Text == ":" && Literal(text) is { } key)
            {
                keys.Add((key, i));
            }
        }

        return keys;
    }

    /// <summary>The seconds the platform gives a code node's script (docs/platform.md, "Code nodes").</summary>
    public const double PlatformSeconds = 20;

    /// <summary>
    /// The longest timeout a request may have and stay well inside <see cref="PlatformSeconds"/>: the most
    /// <c>integrations.salesforce.timeout_seconds</c> takes. A timeout bounds each wait (connecting, then each read),
    /// not the request, so one of 16 seconds lets a request that connects slowly and answers slowly outlast the script.
    /// </summary>
    public const double LongestRequestSeconds = 15;

    /// <summary>
    /// True when the script sets a default socket timeout shorter than the platform's limit
    /// (<c>socket.setdefaulttimeout(10)</c>), which urllib and http.client requests without their own then use.
    /// </summary>
    private static bool DefaultTimeout(IReadOnlyList<PyToken> tokens)
    {
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Text == "setdefaulttimeout" && tokens[i + 1].Text == "(" && tokens[i + 2].Kind == PyTokenKind.Number && tokens[i + 3].Text == ")"
                && Seconds(tokens[i + 2].Text) is <= LongestRequestSeconds)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An HTTP request at <paramref name="i"/> — <c>urlopen(…)</c>, <c>HTTPConnection(…)</c>, <c>HTTPSConnection(…)</c>
    /// or <c>requests.get(…)</c> and the like — made with no timeout (none given, or <c>None</c>: it waits as long
    /// as the server takes) or with a literal one over <see cref="LongestRequestSeconds"/>, when the platform ends the
    /// whole script at 20 s. Calls with <c>**</c> arguments are not judged; urllib and http.client calls are not when the script
    /// sets a shorter default (<c>socket.setdefaulttimeout</c>).
    /// </summary>
    private static ScriptFinding? RequestTimeout(IReadOnlyList<PyToken> tokens, int i, bool defaultTimeout)
    {
        var token = tokens[i];
        var previous = i > 0 ? tokens[i - 1] : default;
        if (token.Kind != PyTokenKind.Name || Next(tokens, i).Text != "(" || previous.Text == "def")
        {
            return null;
        }

        // The call, and the place of its timeout among positional arguments (0 for none).
        var (call, position) = token.Text switch
        {
            "urlopen" => ("urlopen", 3),
            "HTTPConnection" => ("HTTPConnection", 3),
            "HTTPSConnection" => ("HTTPSConnection", 0),
            "get" or "post" or "put" or "patch" or "delete" or "head" or "options" or "request" when previous.Text == "." && i >= 2 && tokens[i - 2].Text == "requests"
                && (i < 3 || tokens[i - 3].Text != ".") => ($"requests.{token.Text}", 0),
            _ => (null, 0),
        };
        if (call is null || (defaultTimeout && !call.StartsWith("requests.", StringComparison.Ordinal)))
        {
            return null;
        }

        var (positional, keywords, spread) = Arguments(tokens, i + 1);
        if (spread)
        {
            return null;
        }

        List<PyToken>? timeout = keywords.GetValueOrDefault("timeout") ?? (position > 0 && positional.Count >= position ? positional[position - 1] : null);
        if (timeout is null || timeout is [{ Text: "None" }])
        {
            return new(ScriptProblem.RequestTimeout,
                $"{call}(…) has no timeout: it waits as long as the server takes, and the platform ends the script after {PlatformSeconds:0} seconds, a bot break where the script would have answered status false",
                token.Offset);
        }

        return timeout is [{ Kind: PyTokenKind.Number } number] && Seconds(number.Text) is > LongestRequestSeconds and var seconds
            ? new(ScriptProblem.RequestTimeout,
                $"{call}(…) waits up to {seconds:0.##} seconds to connect and as long again for each read, and the platform ends the whole script after {PlatformSeconds:0}: a slow answer is a bot break where the script would have answered status false",
                number.Offset)
            : null;
    }

    /// <summary>
    /// The names a script assigns a secret env variable's value to, or a value made with one: an assignment whose
    /// right side names the secret (<c>key = env['API_KEY']</c>) or a name already holding one (<c>auth = 'Bearer ' + key</c>,
    /// <c>headers = {'X-Api-Key': key}</c>). What an HTTP call given the secret returns (a response) holds none.
    /// </summary>
    private static HashSet<string> SecretHolders(IReadOnlyList<PyToken> tokens, IReadOnlySet<string> secrets)
    {
        var holders = new HashSet<string>(StringComparer.Ordinal);
        var assignments = Assignments(tokens);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (name, start, end) in assignments)
            {
                var right = OutsideRequests(tokens, start, end);
                if (Names(right, 0, right.Count, secrets, holders) is not null)
                {
                    holders.Add(name);
                }
            }
        }

        return holders;
    }

    /// <summary>
    /// Each assignment of a name at the start of a line (<c>env = body['env_variables']</c>): the name, and where its
    /// right side starts and ends (the line's end).
    /// </summary>
    private static List<(string Name, int Start, int End)> Assignments(IReadOnlyList<PyToken> tokens)
    {
        var found = new List<(string, int, int)>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var previous = i > 0 ? tokens[i - 1].Kind : PyTokenKind.Newline;
            if (tokens[i].Kind != PyTokenKind.Name || tokens[i + 1].Text != "=" || previous is not (PyTokenKind.Newline or PyTokenKind.Indent or PyTokenKind.Dedent))
            {
                continue;
            }

            var end = i + 2;
            while (end < tokens.Count && tokens[end].Kind is not (PyTokenKind.Newline or PyTokenKind.End))
            {
                end++;
            }

            found.Add((tokens[i].Text, i + 2, end));
        }

        return found;
    }

    /// <summary>The tokens [<paramref name="start"/>, <paramref name="end"/>) but the arguments of HTTP calls (their result is a response, not the secret sent).</summary>
    private static List<PyToken> OutsideRequests(IReadOnlyList<PyToken> tokens, int start, int end)
    {
        var kept = new List<PyToken>();
        for (var i = start; i < end; i++)
        {
            kept.Add(tokens[i]);
            var request = tokens[i].Text is "urlopen" or "Request" or "HTTPConnection" or "HTTPSConnection"
                || (i >= 2 && tokens[i - 1].Text == "." && tokens[i - 2].Text is "requests" or "session" or "http");
            if (request && i + 1 < end && tokens[i + 1].Text == "(")
            {
                i = Closing(tokens, i + 1, end);
            }
        }

        return kept;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, or <paramref name="end"/> when none does before it.</summary>
    private static int Closing(IReadOnlyList<PyToken> tokens, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            depth += tokens[i].Text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// The secret that tokens [<paramref name="start"/>, <paramref name="end"/>) name — a string literal that is its
    /// name, an f-string reading it, or a name holding its value — or null.
    /// </summary>
    private static string? Names(IReadOnlyList<PyToken> tokens, int start, int end, IReadOnlySet<string> secrets, IReadOnlySet<string> holders)
    {
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == PyTokenKind.String)
            {
                // The secret's name read as a key (env['API_KEY'], env.get('API_KEY')), not merely written.
                var read = i > start && (tokens[i - 1].Text == "[" || (tokens[i - 1].Text == "(" && i - 1 > start && tokens[i - 2].Text == "get"));
                if (read && Literal(token.Text) is { } literal && secrets.Contains(literal))
                {
                    return literal;
                }

                if (StringParts(token.Text)?.Prefix.Contains('f') == true
                    && (secrets.FirstOrDefault(s => new[] { $"['{s}']", $"[\"{s}\"]", $"get('{s}'", $"get(\"{s}\"" }.Any(r => token.Text.Contains(r, StringComparison.Ordinal)))
                        ?? holders.FirstOrDefault(h => Regex.IsMatch(token.Text, $@"\{{\s*{Regex.Escape(h)}\b"))) is { } found)
                {
                    return holders.Contains(found) ? $"the value in {found}" : found;
                }
            }
            else if (token.Kind == PyTokenKind.Name && holders.Contains(token.Text) && (i == 0 || tokens[i - 1].Text != "."))
            {
                return $"the value in {token.Text}";
            }
        }

        return null;
    }

    /// <summary>Methods of a logger (or of <c>logging</c>) that write their arguments to the log.</summary>
    private static readonly IReadOnlySet<string> LogMethods = new HashSet<string>(StringComparer.Ordinal)
    {
        "debug", "info", "warning", "warn", "error", "exception", "critical", "log",
    };

    /// <summary>A <c>print(…)</c> or logging call at <paramref name="i"/> whose arguments name a secret, or hold one's value.</summary>
    private static ScriptFinding? SecretLogged(IReadOnlyList<PyToken> tokens, int i, IReadOnlySet<string> secrets, IReadOnlySet<string> holders)
    {
        var token = tokens[i];
        var previous = i > 0 ? tokens[i - 1] : default;
        if (token.Kind != PyTokenKind.Name || Next(tokens, i).Text != "(" || previous.Text == "def")
        {
            return null;
        }

        var call = token.Text == "print" && previous.Text != "." ? "print"
            : LogMethods.Contains(token.Text) && previous.Text == "." && i >= 2 && tokens[i - 2].Kind == PyTokenKind.Name && tokens[i - 2].Text is "logging" or "logger" or "log" or "LOGGER" or "LOG"
                ? $"{tokens[i - 2].Text}.{token.Text}"
                : null;
        if (call is null)
        {
            return null;
        }

        return Names(tokens, i + 2, Closing(tokens, i + 1, tokens.Count), secrets, holders) is { } secret
            ? new(ScriptProblem.SecretLogged, $"{call}(…) writes {(secret.StartsWith("the value in ", StringComparison.Ordinal) ? secret + ", a secret env variable's value," : $"the secret env variable {secret}")} to the log", token.Offset)
            : null;
    }

    /// <summary>A number literal's value, or null (complex or malformed).</summary>
    private static double? Seconds(string literal) =>
        double.TryParse(literal.Replace("_", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// A call's arguments from its '(' at <paramref name="open"/>: the positional ones and the keyword ones, each as its
    /// tokens, and whether it spreads <c>*args</c> or <c>**kwargs</c> (then what it passes cannot be told).
    /// </summary>
    private static (List<List<PyToken>> Positional, Dictionary<string, List<PyToken>> Keywords, bool Spread) Arguments(IReadOnlyList<PyToken> tokens, int open)
    {
        var positional = new List<List<PyToken>>();
        var keywords = new Dictionary<string, List<PyToken>>(StringComparer.Ordinal);
        var spread = false;
        var current = new List<PyToken>();
        var depth = 0;
        for (var i = open; i < tokens.Count && tokens[i].Kind != PyTokenKind.End; i++)
        {
            var text = tokens[i].Text;
            if (text is "(" or "[" or "{")
            {
                if (depth++ == 0)
                {
                    continue;
                }
            }
            else if (text is ")" or "]" or "}")
            {
                if (--depth == 0)
                {
                    Add();
                    break;
                }
            }
            else if (depth == 1 && text == ",")
            {
                Add();
                continue;
            }

            current.Add(tokens[i]);
        }

        return (positional, keywords, spread);

        void Add()
        {
            if (current.Count == 0)
            {
                return;
            }

            if (current[0].Text is "*" or "**")
            {
                spread = true;
            }
            else if (current.Count >= 2 && current[0].Kind == PyTokenKind.Name && current[1].Text == "=")
            {
                keywords[current[0].Text] = current[2..];
            }
            else
            {
                positional.Add(current);
            }

            current = [];
        }
    }

    /// <summary>The keys of the event's body (docs/platform.md, "Code nodes"), as the engine passes them too.</summary>
    public static readonly IReadOnlySet<string> BodyKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "node", "event", "user", "conversation_no", "conversation_details", "user_details", "entities", "env_variables",
    };

    /// <summary>The keys of the body's <c>user</c> (docs/platform.md, "Code nodes"), as the engine passes them too.</summary>
    public static readonly IReadOnlySet<string> UserKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "user_id", "user_name", "full_name", "device_platform", "language_code", "auth_id", "auth_code",
    };

    /// <summary>
    /// Reads of a key the event's body does not have (<c>body['entity']</c>, <c>body.get('env')</c>), or of one its
    /// <c>user</c> does not have (<c>body['user']['email']</c>): from a name assigned the parsed body as it is
    /// (<c>body = json.loads(event['body'])</c>), and a name assigned its <c>user</c> so. A subscript raises KeyError
    /// on every run, a <c>.get</c> gives None.
    /// </summary>
    private static void BodyKeyReads(IReadOnlyList<PyToken> tokens, List<(string Name, int Start, int End)> assignments, List<ScriptFinding> findings)
    {
        var bodies = ExactHolders(assignments, (start, end) => end - start >= 5 && (tokens[start].Text, tokens[start + 1].Text, tokens[start + 2].Text, tokens[start + 3].Text) is ("json", ".", "loads", "(")
            && Closing(tokens, start + 3, end) == end - 1 && tokens.Skip(start + 4).Take(end - start - 5).Any(t => t.Kind == PyTokenKind.String && Literal(t.Text) == "body"));
        if (bodies.Count == 0)
        {
            return;
        }

        var users = ExactHolders(assignments, (start, end) => tokens[start].Kind == PyTokenKind.Name && bodies.Contains(tokens[start].Text)
            && KeyRead(tokens, start + 1) is { } key && Literal(key.Text) == "user" && (tokens[start + 1].Text == "[" ? start + 4 : Closing(tokens, start + 3, end) + 1) == end);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != PyTokenKind.Name || (i > 0 && tokens[i - 1].Text == ".") || KeyRead(tokens, i + 1) is not { } key || Literal(key.Text) is not { } name)
            {
                continue;
            }

            if (bodies.Contains(tokens[i].Text))
            {
                if (!BodyKeys.Contains(name))
                {
                    findings.Add(new(ScriptProblem.BodyKey, Unknown(name, "the event's body", BodyKeys), key.Offset));
                }
                else if (name == "user" && tokens[i + 1].Text == "[" && KeyRead(tokens, i + 4) is { } userKey && Literal(userKey.Text) is { } field && !UserKeys.Contains(field))
                {
                    findings.Add(new(ScriptProblem.BodyKey, Unknown(field, "the body's user", UserKeys), userKey.Offset));
                }
            }
            else if (users.Contains(tokens[i].Text) && !UserKeys.Contains(name))
            {
                findings.Add(new(ScriptProblem.BodyKey, Unknown(name, "the body's user", UserKeys), key.Offset));
            }
        }

        static string Unknown(string key, string what, IReadOnlySet<string> keys) =>
            $"the script reads '{key}' of {what}, which has no such key (its keys: {string.Join(", ", keys.Order(StringComparer.Ordinal))})"
            + (Text.Suggestions.Closest(key, keys) is { } meant ? $" ({Text.Suggestions.DidYouMean(meant, key)})" : string.Empty);
    }

    /// <summary>The names every assignment of which gives what <paramref name="holds"/> accepts (the right side's tokens [start, end)).</summary>
    private static HashSet<string> ExactHolders(List<(string Name, int Start, int End)> assignments, Func<int, int, bool> holds) =>
        [.. assignments.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.All(a => holds(a.Start, a.End))).Select(g => g.Key)];

    /// <summary>The text of a plain string literal (<c>'x'</c>, <c>"x"</c>, <c>u'x'</c>); null for an f-string, bytes, a triple-quoted string or one with escapes.</summary>
    private static string? Literal(string token) =>
        StringParts(token) is { Triple: false } parts && !parts.Prefix.Contains('f') && !parts.Prefix.Contains('b') && !token.Contains('\\')
            && !parts.Body.Contains(parts.Quote) ? parts.Body : null;

    /// <summary>
    /// A string token's prefix in lower case ("", "f", "rb"…), its quote, whether it is triple-quoted, and its text
    /// between the quotes; null for a token without both quotes.
    /// </summary>
    private static (string Prefix, char Quote, bool Triple, string Body)? StringParts(string token)
    {
        var quote = token.IndexOfAny(['\'', '"']);
        if (quote < 0 || token.Length < quote + 2)
        {
            return null;
        }

        var triple = token.Length >= quote + 6 && token[quote + 1] == token[quote] && token[quote + 2] == token[quote];
        var width = triple ? 3 : 1;
        return (token[..quote].ToLowerInvariant(), token[quote], triple, token[(quote + width)..^width]);
    }

    /// <summary>Counts the positional parameters without defaults in a parameter list starting at '('.</summary>
    private static (int Required, int End) Parameters(IReadOnlyList<PyToken> tokens, int open)
    {
        var depth = 0;
        var required = 0;
        var expectName = true;
        var hasDefault = false;
        var stopped = false;
        for (var i = open; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            if (text is "(" or "[" or "{")
            {
                depth++;
                continue;
            }

            if (text is ")" or "]" or "}")
            {
                if (--depth == 0)
                {
                    return (required, i);
                }

                continue;
            }

            if (depth != 1 || stopped)
            {
                continue;
            }

            if (text is "*" or "**")
            {
                stopped = true;
            }
            else if (text == ",")
            {
                expectName = true;
                hasDefault = false;
            }
            else if (text == "=")
            {
                if (!hasDefault)
                {
                    required--;
                }

                hasDefault = true;
            }
            else if (expectName && tokens[i].Kind == PyTokenKind.Name)
            {
                required++;
                expectName = false;
            }
        }

        return (required, tokens.Count);
    }

    /// <summary><c>import a.b as c, d</c> or <c>from a.b import x</c>; relative imports are project files.</summary>
    private static void Imports(IReadOnlyList<PyToken> tokens, int i, IReadOnlySet<string> projectModules, List<ScriptFinding> findings)
    {
        var isFrom = tokens[i].Text == "from";
        var modules = new List<int>();
        var j = i + 1;
        if (isFrom)
        {
            if (tokens[j].Text is "." or "...")
            {
                findings.Add(new(ScriptProblem.ReachesOutside, "a relative import reads another file of the project; the platform runs this script alone", tokens[i].Offset));
                return;
            }

            modules.Add(j);
            while (j < tokens.Count && tokens[j].Text != "import")
            {
                j++;
            }

            var from = string.Concat(Enumerable.Range(i + 1, j - i - 1).Select(k => tokens[k].Text));
            foreach (var name in ImportedNames(tokens, j + 1).Where(n => NewerNames.ContainsKey(from + "." + n.Text)))
            {
                findings.Add(new(ScriptProblem.Syntax, $"'{from}.{name.Text}' needs Python {NewerNames[from + "." + name.Text]}; the platform's executor runs Python 3.6", name.Offset));
            }

            if (tokens[i + 1].Text == "os" && tokens[i + 2].Text == "import")
            {
                foreach (var name in ImportedNames(tokens, j + 1).Where(n => FileFunctionsOfOs.Contains(n.Text)))
                {
                    findings.Add(new(ScriptProblem.ReachesOutside, $"the script imports os.{name.Text}; a code-editor script runs alone and touches no files or processes", name.Offset));
                }
            }
        }
        else
        {
            var expectModule = true;
            for (; j < tokens.Count && tokens[j].Kind is not PyTokenKind.Newline && tokens[j].Text != ";"; j++)
            {
                if (expectModule && tokens[j].Kind == PyTokenKind.Name)
                {
                    modules.Add(j);
                    expectModule = false;
                }
                else if (tokens[j].Text == ",")
                {
                    expectModule = true;
                }
            }
        }

        foreach (var at in modules.Where(m => tokens[m].Kind == PyTokenKind.Name))
        {
            var module = tokens[at];
            var root = module.Text;
            if (NewerModule(tokens, at, isFrom ? ImportedNames(tokens, j + 1) : []) is { } newer)
            {
                findings.Add(new(ScriptProblem.Syntax, $"'{newer.Name}' is in the standard library from Python {newer.Since}; the platform's executor runs Python 3.6", newer.At));
            }
            else if (projectModules.Contains(root))
            {
                findings.Add(new(ScriptProblem.ReachesOutside, $"the script imports '{root}', a file of the project; the platform runs this script alone", module.Offset));
            }
            else if (FileModules.Contains(root))
            {
                findings.Add(new(ScriptProblem.ReachesOutside, $"the script imports '{root}', which reads files or starts processes; a code-editor script runs alone", module.Offset));
            }
            else if (!StandardLibrary.Value.Contains(root) && !PlatformPackages.Contains(root))
            {
                findings.Add(new(ScriptProblem.UnknownModule, $"the script imports '{root}', which is neither the standard library nor a package the platform provides ({string.Join(", ", PlatformPackages)})", module.Offset));
            }
        }
    }

    /// <summary>Functions, classes and constants of standard-library modules newer than Python 3.6, by module and name, with the version that brought each.</summary>
    private static readonly Dictionary<string, string> NewerNames = new(StringComparer.Ordinal)
    {
        ["__future__.annotations"] = "3.7", ["asyncio.run"] = "3.7", ["contextlib.nullcontext"] = "3.7", ["time.time_ns"] = "3.7",
        ["time.monotonic_ns"] = "3.7", ["time.perf_counter_ns"] = "3.7",
        ["math.prod"] = "3.8", ["math.isqrt"] = "3.8", ["math.dist"] = "3.8", ["math.comb"] = "3.8", ["math.perm"] = "3.8",
        ["functools.cached_property"] = "3.8", ["functools.singledispatchmethod"] = "3.8", ["shlex.join"] = "3.8",
        ["statistics.fmean"] = "3.8", ["statistics.geometric_mean"] = "3.8", ["statistics.multimode"] = "3.8", ["statistics.quantiles"] = "3.8",
        ["typing.Literal"] = "3.8", ["typing.Final"] = "3.8", ["typing.Protocol"] = "3.8", ["typing.TypedDict"] = "3.8",
        ["math.lcm"] = "3.9", ["math.nextafter"] = "3.9", ["math.ulp"] = "3.9", ["functools.cache"] = "3.9", ["random.randbytes"] = "3.9",
        ["typing.Annotated"] = "3.9", ["itertools.pairwise"] = "3.10", ["typing.TypeAlias"] = "3.10", ["typing.ParamSpec"] = "3.10",
        ["datetime.UTC"] = "3.11", ["math.cbrt"] = "3.11", ["math.exp2"] = "3.11", ["typing.Self"] = "3.11",
    };

    /// <summary>Methods newer than Python 3.6 whose names no older type has, called on whatever object: <c>'x'.removeprefix(…)</c>, <c>datetime.fromisoformat(…)</c>.</summary>
    private static readonly Dictionary<string, string> NewerMethods = new(StringComparer.Ordinal)
    {
        ["fromisoformat"] = "3.7", ["isascii"] = "3.7", ["fromisocalendar"] = "3.8", ["removeprefix"] = "3.9", ["removesuffix"] = "3.9",
        ["bit_count"] = "3.10",
    };

    /// <summary>Built-in types that take <c>[…]</c> in an annotation from Python 3.9 (before it, <c>typing.List</c> and its kind).</summary>
    private static readonly IReadOnlySet<string> GenericBuiltins = new HashSet<string>(StringComparer.Ordinal) { "list", "dict", "tuple", "set", "frozenset", "type" };

    /// <summary>
    /// What at token <paramref name="i"/> the platform's Python 3.6 does not have, with the version that brought it:
    /// a newer function or method (<see cref="NewerNames"/>, <see cref="NewerMethods"/>), a match statement, a built-in
    /// type subscripted in a signature (evaluated when the function is defined, unless annotations are lazy), a
    /// positional-only parameter's '/'; null for none.
    /// </summary>
    private static (string What, string Since)? NewerThanTheExecutor(IReadOnlyList<PyToken> tokens, int i, bool[] headers, bool lazyAnnotations)
    {
        var token = tokens[i];
        var previous = i > 0 ? tokens[i - 1] : default;
        if (token.Kind == PyTokenKind.Name && previous.Text == ".")
        {
            if (NewerMethods.TryGetValue(token.Text, out var since) && Next(tokens, i).Text == "(")
            {
                return ($"'{token.Text}()'", since);
            }

            var holder = i > 1 ? tokens[i - 2] : default;
            return holder.Kind == PyTokenKind.Name && (i < 3 || tokens[i - 3].Text != ".") && NewerNames.TryGetValue(holder.Text + "." + token.Text, out since)
                ? ($"'{holder.Text}.{token.Text}'", since) : null;
        }

        if (token is { Kind: PyTokenKind.Name, Text: "match" } && (i == 0 || previous.Kind is PyTokenKind.Newline or PyTokenKind.Indent or PyTokenKind.Dedent || previous.Text == ";"))
        {
            // A statement that starts with 'match', ends its line with ':' and opens a block starting with 'case'.
            var end = i + 1;
            while (end < tokens.Count && tokens[end].Kind is not (PyTokenKind.Newline or PyTokenKind.End))
            {
                end++;
            }

            return end > i + 1 && tokens[end - 1].Text == ":" && end + 2 < tokens.Count && tokens[end + 1].Kind == PyTokenKind.Indent && tokens[end + 2].Text == "case"
                ? ("a match statement", "3.10") : null;
        }

        if (!headers[i])
        {
            return null;
        }

        if (!lazyAnnotations && token.Kind == PyTokenKind.Name && GenericBuiltins.Contains(token.Text) && previous.Text != "." && Next(tokens, i).Text == "[")
        {
            return ($"'{token.Text}[…]' in a signature", "3.9");
        }

        return token is { Kind: PyTokenKind.Op, Text: "/" } && previous.Text is "," or "(" && Next(tokens, i).Text is "," or ")"
            ? ("a positional-only parameter ('/')", "3.8") : null;
    }

    /// <summary>
    /// The names the script assigns only dicts (<c>headers = {'Accept': 'application/json'}</c>, <c>= {}</c>,
    /// <c>= dict(…)</c>) and never binds otherwise (a parameter, a loop's or a <c>with</c>'s target, an import).
    /// </summary>
    private static HashSet<string> DictNames(IReadOnlyList<PyToken> tokens, List<(string Name, int Start, int End)> assignments)
    {
        var names = ExactHolders(assignments, (start, end) => tokens[start].Text == "{" ? Closing(tokens, start, end) == end - 1 && IsDictDisplay(tokens, start)
            : tokens[start] is { Kind: PyTokenKind.Name, Text: "dict" } && Next(tokens, start).Text == "(" && Closing(tokens, start + 1, end) == end - 1);
        var others = Functions(tokens).SelectMany(f => f.Parameters).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            // Bound otherwise: a loop's or a with's target, an import, a function or a class.
            if (tokens[i].Kind == PyTokenKind.Name && names.Contains(tokens[i].Text) && tokens[i - 1].Text is "for" or "as" or "import" or "def" or "class")
            {
                others.Add(tokens[i].Text);
            }
        }

        names.ExceptWith(others);
        return names;
    }

    /// <summary>Whether the braces opened at <paramref name="open"/> are a dict display: empty, or with a ':' directly inside them.</summary>
    private static bool IsDictDisplay(IReadOnlyList<PyToken> tokens, int open)
    {
        var close = Closing(tokens, open, tokens.Count);
        if (close == open + 1)
        {
            return true;
        }

        var depth = 0;
        for (var k = open + 1; k < close; k++)
        {
            depth += tokens[k].Text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 };
            if (depth == 0 && tokens[k].Text is ":" or "**")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The operand that makes the '|' or '|=' at <paramref name="i"/> a union of dicts, which Python 3.9 brought: a dict
    /// display on either side, <c>dict(…)</c>, or a name the script assigns only dicts (<see cref="DictNames"/>); null
    /// when neither side is one (sets and numbers take '|' in every version).
    /// </summary>
    private static string? DictUnion(IReadOnlyList<PyToken> tokens, int i, HashSet<string> dictNames)
    {
        var left = i > 0 ? tokens[i - 1] : default;
        if (left.Text == "}")
        {
            var open = OpeningOf(tokens, i - 1);
            if (open >= 0 && IsDictDisplay(tokens, open))
            {
                return "the dict display before it";
            }
        }
        else if (left.Text == ")" && OpeningOf(tokens, i - 1) is var call and > 0 && tokens[call - 1] is { Kind: PyTokenKind.Name, Text: "dict" } && (call < 2 || tokens[call - 2].Text != "."))
        {
            return "dict(…)";
        }
        else if (left.Kind == PyTokenKind.Name && dictNames.Contains(left.Text) && (i < 2 || tokens[i - 2].Text != "."))
        {
            return $"'{left.Text}'";
        }

        var right = Next(tokens, i);
        if (right.Text == "{" && IsDictDisplay(tokens, i + 1))
        {
            return "the dict display after it";
        }

        if (right is { Kind: PyTokenKind.Name, Text: "dict" } && Next(tokens, i + 1).Text == "(")
        {
            return "dict(…)";
        }

        return right.Kind == PyTokenKind.Name && dictNames.Contains(right.Text) && Next(tokens, i + 1).Text is not ("." or "[" or "(") ? $"'{right.Text}'" : null;
    }

    /// <summary>The index of the bracket that the closing one at <paramref name="close"/> closes; -1 when none does.</summary>
    private static int OpeningOf(IReadOnlyList<PyToken> tokens, int close)
    {
        var depth = 0;
        for (var k = close; k >= 0; k--)
        {
            depth += tokens[k].Text switch { ")" or "]" or "}" => 1, "(" or "[" or "{" => -1, _ => 0 };
            if (depth == 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Which tokens are in a <c>def</c> statement's header, from <c>def</c> to the ':' that ends it (its parameters and annotations).</summary>
    private static bool[] DefHeaders(IReadOnlyList<PyToken> tokens)
    {
        var inHeader = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not { Kind: PyTokenKind.Name, Text: "def" })
            {
                continue;
            }

            var depth = 0;
            for (var k = i; k < tokens.Count && tokens[k].Kind is not (PyTokenKind.Newline or PyTokenKind.End); k++)
            {
                inHeader[k] = true;
                depth += tokens[k].Text is "(" or "[" or "{" ? 1 : tokens[k].Text is ")" or "]" or "}" ? -1 : 0;
                if (depth == 0 && tokens[k].Text == ":" && k > i + 1)
                {
                    break;
                }
            }
        }

        return inHeader;
    }

    /// <summary>Standard-library modules newer than the platform's Python 3.6, with the version that brought each.</summary>
    private static readonly Dictionary<string, string> NewerModules = new(StringComparer.Ordinal)
    {
        ["contextvars"] = "3.7", ["dataclasses"] = "3.7", ["importlib.resources"] = "3.7", ["importlib.metadata"] = "3.8",
        ["graphlib"] = "3.9", ["zoneinfo"] = "3.9", ["tomllib"] = "3.11",
    };

    /// <summary>
    /// The module an import names that Python 3.6 does not have (<see cref="NewerModules"/>): the module as written
    /// with its dots (<c>import importlib.metadata</c>), or a module imported from a package (<c>from importlib import
    /// resources</c>, among <paramref name="imported"/>); null when it has them all.
    /// </summary>
    private static (string Name, string Since, int At)? NewerModule(IReadOnlyList<PyToken> tokens, int at, IEnumerable<PyToken> imported)
    {
        var module = tokens[at];
        var name = module.Text;
        for (var k = at + 1; k + 1 < tokens.Count && tokens[k].Text == "." && tokens[k + 1].Kind == PyTokenKind.Name; k += 2)
        {
            name += "." + tokens[k + 1].Text;
        }

        foreach (var candidate in new[] { (Name: name, At: module.Offset) }.Concat(imported.Select(n => (Name: name + "." + n.Text, At: n.Offset))))
        {
            var known = NewerModules.Keys.FirstOrDefault(m => candidate.Name == m || candidate.Name.StartsWith(m + ".", StringComparison.Ordinal));
            if (known is not null)
            {
                return (known, NewerModules[known], candidate.At);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a string token is an f-string with a self-documenting field (<c>f'{x=}'</c>, <c>f"{x = !r}"</c>),
    /// which Python 3.8 brought: an '=' that ends a field's expression outside brackets (not '==', '!=', '&lt;=',
    /// '&gt;=' nor an '=' inside a call or a format spec).
    /// </summary>
    private static bool SelfDocumenting(string literal)
    {
        if (StringParts(literal) is not { } parts || !parts.Prefix.Contains('f'))
        {
            return false;
        }

        var body = parts.Body;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '{')
            {
                continue;
            }

            if (i + 1 < body.Length && body[i + 1] == '{')
            {
                i++;
                continue;
            }

            // The field's expression, up to its conversion ('!r'), its format spec (':') or its end, at depth 0.
            var depth = 0;
            var j = i + 1;
            for (; j < body.Length; j++)
            {
                var c = body[j];
                if (c is '\'' or '"')
                {
                    var close = body.IndexOf(c, j + 1);
                    j = close < 0 ? body.Length : close;
                }
                else if (c is '(' or '[' or '{')
                {
                    depth++;
                }
                else if (c is ')' or ']' or '}' && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && j + 1 < body.Length && body[j + 1] != '=')))
                {
                    break;
                }
                else if (depth == 0 && c == '=' && body[j - 1] is not ('=' or '!' or '<' or '>') && (j + 1 >= body.Length || body[j + 1] != '='))
                {
                    var next = j + 1;
                    while (next < body.Length && body[next] == ' ')
                    {
                        next++;
                    }

                    if (next < body.Length && body[next] is '}' or '!' or ':')
                    {
                        return true;
                    }
                }
            }

            // Past the rest of the field: a format spec may hold fields of its own ('{x:{width}}').
            for (var open = 1; j < body.Length && open > 0; j++)
            {
                open += body[j] == '{' ? 1 : body[j] == '}' ? -1 : 0;
            }

            i = j - 1;
        }

        return false;
    }

    private static IEnumerable<PyToken> ImportedNames(IReadOnlyList<PyToken> tokens, int j)
    {
        var expectName = true;
        for (; j < tokens.Count && tokens[j].Kind is not PyTokenKind.Newline && tokens[j].Text != ";"; j++)
        {
            if (expectName && tokens[j].Kind == PyTokenKind.Name)
            {
                yield return tokens[j];
                expectName = false;
            }
            else if (tokens[j].Text == ",")
            {
                expectName = true;
            }
        }
    }
}
