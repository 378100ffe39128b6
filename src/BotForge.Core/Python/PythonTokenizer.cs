namespace BotForge.Python;

public enum PyTokenKind
{
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    End,
}

/// <summary>A token of Python source; <see cref="Offset"/> is a character offset into the file.</summary>
public readonly record struct PyToken(PyTokenKind Kind, string Text, int Offset);

/// <summary>A lexical or indentation error, as CPython's tokenizer would raise it.</summary>
public sealed record PySyntaxError(string Message, int Offset);

/// <summary>
/// Python 3's tokenizer, enough to prove a file is lexically sound before it goes to the platform:
/// strings of every prefix and quote (unterminated ones are errors), comments, explicit and implicit
/// line joining, bracket matching, and INDENT/DEDENT with CPython's tab-consistency and dedent rules.
/// It does not parse the grammar; <see cref="ScriptChecker"/> reads what it needs from the tokens.
/// </summary>
public static class PythonTokenizer
{

    public static (IReadOnlyList<PyToken> Tokens, PySyntaxError? Error) Tokenize(string source)
    {
        var tokens = new List<PyToken>();
        var indents = new Stack<(int Tabs8, int Tabs1)>();
        indents.Push((0, 0));
        var brackets = new Stack<(char Open, int Offset)>();
        var i = 0;
        var atLineStart = true;
        while (i < source.Length)
        {
            if (atLineStart && brackets.Count == 0)
            {
                atLineStart = false;
                var (width8, width1, next) = Indentation(source, i);
                if (next >= source.Length)
                {
                    break;
                }

                if (source[next] is '#' or '\n' or '\r' or '\f')
                {
                    i = SkipToLineEnd(source, next);
                    i = SkipLineBreak(source, i);
                    atLineStart = true;
                    continue;
                }

                var (top8, top1) = indents.Peek();
                if (width8 > top8)
                {
                    if (width1 <= top1)
                    {
                        return (tokens, new("inconsistent use of tabs and spaces in indentation", next));
                    }

                    indents.Push((width8, width1));
                    tokens.Add(new(PyTokenKind.Indent, string.Empty, next));
                }
                else
                {
                    while (width8 < indents.Peek().Tabs8)
                    {
                        indents.Pop();
                        tokens.Add(new(PyTokenKind.Dedent, string.Empty, next));
                    }

                    if (width8 != indents.Peek().Tabs8)
                    {
                        return (tokens, new("unindent does not match any outer indentation level", next));
                    }

                    if (width1 != indents.Peek().Tabs1)
                    {
                        return (tokens, new("inconsistent use of tabs and spaces in indentation", next));
                    }
                }

                i = next;
            }

            var c = source[i];
            if (c is ' ' or '\t' or '\f')
            {
                i++;
            }
            else if (c == '#')
            {
                i = SkipToLineEnd(source, i);
            }
            else if (c is '\n' or '\r')
            {
                if (brackets.Count == 0)
                {
                    tokens.Add(new(PyTokenKind.Newline, string.Empty, i));
                    atLineStart = true;
                }

                i = SkipLineBreak(source, i);
            }
            else if (c == '\\')
            {
                var after = SkipLineBreak(source, i + 1);
                if (after == i + 1)
                {
                    return (tokens, new("unexpected character after line continuation character", i));
                }

                if (after >= source.Length)
                {
                    return (tokens, new("unexpected end of file after line continuation", i));
                }

                i = after;
            }
            else if (StringStart(source, i) is { } quoteAt)
            {
                var end = StringEnd(source, i, quoteAt);
                if (end < 0)
                {
                    return (tokens, new(source.AsSpan(quoteAt).StartsWith("\"\"\"") || source.AsSpan(quoteAt).StartsWith("'''")
                        ? "unterminated triple-quoted string literal" : "unterminated string literal", i));
                }

                tokens.Add(new(PyTokenKind.String, source[i..end], i));
                i = end;
            }
            else if (char.IsLetter(c) || c == '_' || c > 0x7f)
            {
                var start = i;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_' || source[i] > 0x7f))
                {
                    i++;
                }

                tokens.Add(new(PyTokenKind.Name, source[start..i], start));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                var start = i;
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] is '_' or '.'
                    || (source[i] is '+' or '-' && source[i - 1] is 'e' or 'E' && !source.AsSpan(start, i - start).StartsWith("0x", StringComparison.OrdinalIgnoreCase))))
                {
                    i++;
                }

                tokens.Add(new(PyTokenKind.Number, source[start..i], start));
            }
            else if (c is '(' or '[' or '{')
            {
                brackets.Push((c, i));
                tokens.Add(new(PyTokenKind.Op, c.ToString(), i++));
            }
            else if (c is ')' or ']' or '}')
            {
                var open = c switch { ')' => '(', ']' => '[', _ => '{' };
                if (brackets.Count == 0)
                {
                    return (tokens, new($"unmatched '{c}'", i));
                }

                if (brackets.Peek().Open != open)
                {
                    return (tokens, new($"closing parenthesis '{c}' does not match opening parenthesis '{brackets.Peek().Open}'", i));
                }

                brackets.Pop();
                tokens.Add(new(PyTokenKind.Op, c.ToString(), i++));
            }
            else if ("+-*/%@&|^~<>=!.,:;".Contains(c, StringComparison.Ordinal))
            {
                var length = i + 3 <= source.Length && source.AsSpan(i, 3) is "**=" or "//=" or ">>=" or "<<=" or "..." ? 3
                    : i + 2 <= source.Length && IsOperator2(source.AsSpan(i, 2)) ? 2 : 1;
                if (length == 1 && c == '!')
                {
                    return (tokens, new("invalid syntax: '!' outside '!='", i));
                }

                tokens.Add(new(PyTokenKind.Op, source.Substring(i, length), i));
                i += length;
            }
            else
            {
                return (tokens, new($"invalid character '{c}' (U+{(int)c:X4})", i));
            }
        }

        if (brackets.Count > 0)
        {
            return (tokens, new($"'{brackets.Peek().Open}' was never closed", brackets.Peek().Offset));
        }

        tokens.Add(new(PyTokenKind.Newline, string.Empty, source.Length));
        while (indents.Count > 1)
        {
            indents.Pop();
            tokens.Add(new(PyTokenKind.Dedent, string.Empty, source.Length));
        }

        tokens.Add(new(PyTokenKind.End, string.Empty, source.Length));
        return (tokens, null);
    }

    private static bool IsOperator2(ReadOnlySpan<char> two) => two switch
    {
        "**" or "//" or "<<" or ">>" or "<=" or ">=" or "==" or "!=" or "->" or ":=" => true,
        "+=" or "-=" or "*=" or "/=" or "%=" or "&=" or "|=" or "^=" or "@=" => true,
        _ => false,
    };

    /// <summary>Indentation width with tabs to multiples of 8 and of 1 (CPython compares both to detect inconsistency).</summary>
    private static (int Width8, int Width1, int Next) Indentation(string source, int i)
    {
        int width8 = 0, width1 = 0;
        for (; i < source.Length; i++)
        {
            switch (source[i])
            {
                case ' ':
                    width8++;
                    width1++;
                    break;
                case '\t':
                    width8 = ((width8 / 8) + 1) * 8;
                    width1++;
                    break;
                case '\f':
                    width8 = width1 = 0;
                    break;
                default:
                    return (width8, width1, i);
            }
        }

        return (width8, width1, i);
    }

    /// <summary>The offset of the opening quote when a string literal (with an optional prefix) starts at <paramref name="i"/>.</summary>
    private static int? StringStart(string source, int i)
    {
        var j = i;
        while (j < source.Length && j - i < 2 && source[j] is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F')
        {
            j++;
        }

        if (j >= source.Length || source[j] is not ('\'' or '"'))
        {
            return null;
        }

        var prefix = source[i..j].ToLowerInvariant();
        return prefix is "" or "r" or "b" or "u" or "f" or "rb" or "br" or "fr" or "rf" ? j : null;
    }

    /// <summary>The offset just past the literal, or -1 when it is not terminated.</summary>
    private static int StringEnd(string source, int start, int quoteAt)
    {
        var quote = source[quoteAt];
        var triple = quoteAt + 2 < source.Length && source[quoteAt + 1] == quote && source[quoteAt + 2] == quote;
        var i = quoteAt + (triple ? 3 : 1);
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (!triple && c is '\n' or '\r')
            {
                return -1;
            }

            if (c == quote && (!triple || (i + 2 < source.Length && source[i + 1] == quote && source[i + 2] == quote)))
            {
                return i + (triple ? 3 : 1);
            }

            i++;
        }

        return -1;
    }

    private static int SkipToLineEnd(string source, int i)
    {
        while (i < source.Length && source[i] is not ('\n' or '\r'))
        {
            i++;
        }

        return i;
    }

    private static int SkipLineBreak(string source, int i) =>
        i < source.Length && source[i] == '\r' ? (i + 1 < source.Length && source[i + 1] == '\n' ? i + 2 : i + 1)
        : i < source.Length && source[i] == '\n' ? i + 1 : i;
}
