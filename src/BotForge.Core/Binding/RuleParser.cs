using BotForge.Model;
using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Binding;

/// <summary>
/// Parses <c>when:</c> rules: <c>var op value</c> joined by <c>and</c> / <c>or</c>, with parentheses for
/// mixing them, or the structured <c>{ all | any: [{ var, op, value }] }</c> form. Both give the same tree.
/// </summary>
internal static class RuleParser
{
    public static RuleExpression? Parse(YamlNode node, SourceFile file, Action<SourceLocation, string> error) => node switch
    {
        YamlScalar scalar => new TextParser(scalar, file, error).ParseAll(),
        YamlMapping map => Structured(map, file, error),
        _ => null,
    };

    private static RuleExpression? Structured(YamlMapping map, SourceFile file, Action<SourceLocation, string> error)
    {
        var join = map.ContainsKey("all") ? RuleJoin.All : RuleJoin.Any;
        if (map[join == RuleJoin.All ? "all" : "any"] is not YamlSequence items)
        {
            return null;
        }

        // A condition that cannot be read (the schema check says why) leaves the rule unread as a whole: what remains
        // of it would hold where the author's would not, and be judged so (two rules true at once, an outcome missed).
        var children = new List<RuleExpression>();
        var unread = items.Items.Count(i => i is not YamlMapping);
        foreach (var item in BindContext.Mappings(items))
        {
            if (item.ContainsKey("all") || item.ContainsKey("any"))
            {
                if (Structured(item, file, error) is { } group)
                {
                    children.Add(group);
                }
                else
                {
                    unread++;
                }

                continue;
            }

            var variable = BindContext.Str(item["var"]);
            var opText = BindContext.Str(item["op"]);
            if (variable is null || opText is null || !RuleOperators.BySpelling.TryGetValue(opText, out var op))
            {
                unread++;
                continue;
            }

            RuleValue? value = null;
            if (op is not (RuleOperator.Exists or RuleOperator.NotExists))
            {
                if (item["value"] is not YamlScalar v)
                {
                    if (item["value"] is null)
                    {
                        error(item.LocationIn(file), $"'{variable} {opText}' needs a value");
                    }

                    unread++;
                    continue;
                }

                value = v.Kind switch
                {
                    ScalarKind.Boolean => new RuleValue(null, null, ScalarTyping.AsBoolean(v)),
                    ScalarKind.Integer or ScalarKind.Float when ScalarTyping.Number(v) is { } number => new RuleValue(null, number, null),
                    _ => new RuleValue(v.Value, null, null),
                };
            }
            else if (item.ContainsKey("value"))
            {
                error(item["value"]!.LocationIn(file), $"'{opText}' takes no value");
            }

            children.Add(new RuleComparison(variable, op, value, item.LocationIn(file)));
        }

        return children.Count == 0 || unread > 0 ? null : new RuleGroup(join, children, map.LocationIn(file));
    }

    private sealed class TextParser(YamlScalar scalar, SourceFile file, Action<SourceLocation, string> error)
    {
        private readonly List<(string Text, int Offset, bool Quoted)> _tokens = [];
        private int _position;
        private bool _failed;

        public RuleExpression? ParseAll()
        {
            if (!Tokenize())
            {
                return null;
            }

            if (_tokens.Count == 0)
            {
                Fail(0, "the rule is empty");
                return null;
            }

            var expression = ParseOr();
            if (!_failed && _position < _tokens.Count)
            {
                var (text, offset, quoted) = _tokens[_position];
                var meant = quoted ? null : text switch
                {
                    "&&" or "&" => "and",
                    "||" or "|" => "or",
                    _ => null,
                };
                Fail(offset, $"unexpected '{text}'" + (meant is null ? string.Empty : $"; did you mean '{meant}'?"));
            }

            return _failed ? null : expression;
        }

        private RuleExpression? ParseOr()
        {
            var start = Peek()?.Offset ?? 0;
            var first = ParsePrimary();
            if (first is null)
            {
                return null;
            }

            var items = new List<RuleExpression> { first };
            RuleJoin? join = null;
            while (!_failed && Peek() is { Quoted: false } next && (IsKeyword(next.Text, "and") || IsKeyword(next.Text, "or")))
            {
                var thisJoin = IsKeyword(next.Text, "and") ? RuleJoin.All : RuleJoin.Any;
                if (join is not null && join != thisJoin)
                {
                    Fail(next.Offset, "'and' and 'or' are mixed without parentheses");
                    return null;
                }

                join = thisJoin;
                _position++;
                var item = ParsePrimary();
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
            }

            return join is null ? first : new RuleGroup(join.Value, items, At(start));
        }

        private RuleExpression? ParsePrimary()
        {
            var token = Peek();
            if (token is null)
            {
                Fail(scalar.Value.Length, "the rule ends too early");
                return null;
            }

            if (token.Value is { Text: "(", Quoted: false })
            {
                _position++;
                var inner = ParseOr();
                if (_failed)
                {
                    return null;
                }

                if (Peek() is not { Text: ")", Quoted: false })
                {
                    Fail(Peek()?.Offset ?? scalar.Value.Length, "missing ')'");
                    return null;
                }

                _position++;
                return inner is RuleGroup group ? group : inner is null ? null : new RuleGroup(RuleJoin.All, [inner], inner.Location);
            }

            return ParseComparison();
        }

        private RuleComparison? ParseComparison()
        {
            var variable = Next()!.Value;
            if (!variable.Quoted && IsKeyword(variable.Text, "not") && Peek() is { Quoted: false } negated && IsIdentifier(negated.Text))
            {
                Fail(variable.Offset, $"'not' goes only before 'exists' ({negated.Text} not exists)" + (NotMeant() is { } rule ? $"; write '{rule}'" : string.Empty));
                return null;
            }

            if (variable.Quoted || !IsIdentifier(variable.Text))
            {
                Fail(variable.Offset, $"expected an output variable name, found '{variable.Text}'");
                return null;
            }

            var opToken = Next();
            if (opToken is null)
            {
                Fail(scalar.Value.Length, $"'{variable.Text}' needs an operator");
                return null;
            }

            var opText = opToken.Value.Text;
            if (opText == "not" && Peek() is { Text: "exists" })
            {
                _position++;
                opText = "not exists";
            }

            if (!opToken.Value.Quoted && IsKeyword(opText, "in"))
            {
                Fail(opToken.Value.Offset, $"'in' is not an operator: write one comparison per value, joined by 'or': {InMeant(variable.Text)}");
                return null;
            }

            if (opToken.Value.Quoted || !RuleOperators.BySpelling.TryGetValue(opText, out var op))
            {
                var meant = opToken.Value.Quoted ? null : Suggestions.OperatorMeant(opText);
                Fail(opToken.Value.Offset, $"'{opText}' is not an operator" + (meant is null ? string.Empty : $"; did you mean '{meant}'?"));
                return null;
            }

            if (op is RuleOperator.Exists or RuleOperator.NotExists)
            {
                return new RuleComparison(variable.Text, op, null, At(variable.Offset));
            }

            var valueToken = Next();
            if (valueToken is null || (!valueToken.Value.Quoted && valueToken.Value.Text is "(" or ")" or "and" or "or"))
            {
                Fail(valueToken?.Offset ?? scalar.Value.Length, $"'{variable.Text} {opText}' needs a value");
                return null;
            }

            return new RuleComparison(variable.Text, op, Value(valueToken.Value), At(variable.Offset));
        }

        /// <summary>
        /// The rule meant by 'not X == V' (X != V), 'not X != V' (X == V) or 'not X exists' (X not exists), its
        /// tokens after the 'not' just read; null for another.
        /// </summary>
        private string? NotMeant()
        {
            if (_position + 1 >= _tokens.Count)
            {
                return null;
            }

            var name = _tokens[_position].Text;
            var (op, _, quoted) = _tokens[_position + 1];
            if (quoted)
            {
                return null;
            }

            var value = _position + 2 < _tokens.Count ? _tokens[_position + 2] : ((string Text, int Offset, bool Quoted)?)null;
            return op switch
            {
                "exists" => $"{name} not exists",
                "==" when value is { } v => $"{name} != {Written(v)}",
                "!=" when value is { } v => $"{name} == {Written(v)}",
                _ => null,
            };
        }

        /// <summary>'(X == "a" or X == "b")' for 'X in [a, b]', from the tokens after the 'in' just read, up to the next 'and' or 'or'.</summary>
        private string InMeant(string name)
        {
            var values = new List<string>();
            for (var i = _position; i < _tokens.Count && (_tokens[i].Quoted || !(IsKeyword(_tokens[i].Text, "and") || IsKeyword(_tokens[i].Text, "or"))); i++)
            {
                if (_tokens[i].Quoted)
                {
                    values.Add(Written(_tokens[i]));
                    continue;
                }

                values.AddRange(_tokens[i].Text.Split(['[', ']', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(v => Written((v, 0, false))));
            }

            return values.Count == 0
                ? $"({name} == \"a\" or {name} == \"b\")"
                : "(" + string.Join(" or ", values.Select(v => $"{name} == {v}")) + ")";
        }

        /// <summary>A value as a rule writes it: a number or a boolean as it is, a text in double quotes.</summary>
        private static string Written((string Text, int Offset, bool Quoted) token) =>
            !token.Quoted && (token.Text is "true" or "false" || ScalarTyping.Number(token.Text) is not null) ? token.Text
                : token.Text.Contains('"', StringComparison.Ordinal) ? $"'{token.Text}'" : $"\"{token.Text}\"";

        private static RuleValue Value((string Text, int Offset, bool Quoted) token)
        {
            if (!token.Quoted)
            {
                if (token.Text is "true" or "false")
                {
                    return new RuleValue(null, null, token.Text == "true");
                }

                // A number as YAML writes one (0x1F too), like the structured form's; NaN, Infinity and 1e999 are words.
                if (ScalarTyping.Number(token.Text) is { } number)
                {
                    return new RuleValue(null, number, null);
                }
            }

            return new RuleValue(token.Text, null, null);
        }

        private bool Tokenize()
        {
            var text = scalar.Value;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c is '(' or ')')
                {
                    _tokens.Add((c.ToString(), i, false));
                    i++;
                }
                else if (c is '\'' or '"')
                {
                    var close = text.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        Fail(i, "a quoted value is not closed");
                        return false;
                    }

                    _tokens.Add((text[(i + 1)..close], i, true));
                    i = close + 1;
                }
                else if (c is '=' or '!' or '<' or '>')
                {
                    // The whole run of operator characters, so a reversed or foreign operator ('=<', '<>', '!==') is
                    // one token that the hint can name, not two that fail further on.
                    var end = i + 1;
                    while (end < text.Length && text[end] is '=' or '!' or '<' or '>')
                    {
                        end++;
                    }

                    _tokens.Add((text[i..end], i, false));
                    i = end;
                }
                else
                {
                    var start = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '=' or '!' or '<' or '>' or '\'' or '"'))
                    {
                        i++;
                    }

                    _tokens.Add((text[start..i], start, false));
                }
            }

            return true;
        }

        private (string Text, int Offset, bool Quoted)? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

        private (string Text, int Offset, bool Quoted)? Next() => _position < _tokens.Count ? _tokens[_position++] : null;

        private static bool IsKeyword(string text, string keyword) => string.Equals(text, keyword, StringComparison.OrdinalIgnoreCase);

        private static bool IsIdentifier(string text) =>
            text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');

        private void Fail(int offset, string message)
        {
            if (!_failed)
            {
                _failed = true;
                error(At(offset), message);
            }
        }

        /// <summary>Points into the rule text when the scalar is written on one line as is; else at the scalar.</summary>
        private SourceLocation At(int offset)
        {
            var source = file.Text;
            var start = scalar.Span.Start;
            if (start < source.Length && source[start] is '\'' or '"')
            {
                start++;
            }

            var candidate = start + offset;
            var plainCopy = start + scalar.Value.Length <= source.Length && string.CompareOrdinal(source, start, scalar.Value, 0, scalar.Value.Length) == 0;
            return plainCopy ? new SourceLocation(file, new TextSpan(candidate, candidate)) : scalar.LocationIn(file);
        }
    }
}
