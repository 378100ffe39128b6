using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace BotForge.Syntax;

/// <summary>
/// YAML 1.2 core-schema typing of plain scalars. Unlike YAML 1.1, <c>yes</c>, <c>no</c>, <c>on</c>
/// and <c>off</c> stay strings, so an entity value written <c>[yes, no]</c> means what it says.
/// </summary>
internal static partial class ScalarTyping
{
    public static ScalarKind Classify(YamlScalar scalar)
    {
        if (scalar.Tag is not null)
        {
            return scalar.Tag switch
            {
                "tag:yaml.org,2002:null" or "!!null" => ScalarKind.Null,
                "tag:yaml.org,2002:bool" or "!!bool" => ScalarKind.Boolean,
                "tag:yaml.org,2002:int" or "!!int" => ScalarKind.Integer,
                "tag:yaml.org,2002:float" or "!!float" => ScalarKind.Float,
                _ => ScalarKind.String,
            };
        }

        if (!scalar.IsPlain)
        {
            return ScalarKind.String;
        }

        var v = scalar.Value;
        if (v.Length == 0 || v is "~" or "null" or "Null" or "NULL")
        {
            return ScalarKind.Null;
        }

        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return ScalarKind.Boolean;
        }

        if (!char.IsAsciiDigit(v[0]) && v[0] is not ('-' or '+' or '.'))
        {
            return ScalarKind.String;   // neither pattern below can match (nearly every plain scalar is a word)
        }

        if (IntegerPattern().IsMatch(v))
        {
            return ScalarKind.Integer;
        }

        return FloatPattern().IsMatch(v) ? ScalarKind.Float : ScalarKind.String;
    }

    public static bool AsBoolean(YamlScalar scalar) => scalar.Value is "true" or "True" or "TRUE";

    public static long? AsInteger(YamlScalar scalar)
    {
        var v = scalar.Value.TrimStart('+');
        if (v.StartsWith("0x", StringComparison.Ordinal))
        {
            return long.TryParse(v[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }

        if (v.StartsWith("0o", StringComparison.Ordinal))
        {
            try
            {
                return Convert.ToInt64(v[2..], 8);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                return null;
            }
        }

        return long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// The number a node is to YAML and the schema check (<c>30</c>, <c>0x1E</c>, <c>0o36</c>, <c>3e1</c>), or null for
    /// anything else: text (quoted numbers included), or a number JSON cannot hold (<c>.inf</c>, <c>1e999</c>).
    /// </summary>
    public static double? Number(YamlNode? node) =>
        node is YamlScalar { Kind: ScalarKind.Integer or ScalarKind.Float } scalar && AsDouble(scalar) is var value && double.IsFinite(value) ? value : null;

    /// <summary>The number a plain word is to YAML (as <see cref="Number(YamlNode?)"/>): how a rule's <c>n &gt; 0x1F</c> reads its value.</summary>
    public static double? Number(string plain) => Number(new YamlScalar(default, plain, isPlain: true, tag: null));

    /// <summary>The whole number a node is to YAML (<c>5</c>, <c>0x5</c>, <c>0o5</c>), when it fits an int; else null.</summary>
    public static int? WholeNumber(YamlNode? node) =>
        node is YamlScalar { Kind: ScalarKind.Integer } scalar && AsInteger(scalar) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    /// <summary>
    /// A number's value as a double: any integer (hexadecimal and octal too, however long) or float; NaN for a value
    /// tagged as a number that is none (<c>!!int abc</c>).
    /// </summary>
    public static double AsDouble(YamlScalar scalar) => scalar.Value switch
    {
        ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => double.PositiveInfinity,
        "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
        ".nan" or ".NaN" or ".NAN" => double.NaN,
        var v when v.StartsWith("0x", StringComparison.Ordinal) => InBase(v[2..], 16),
        var v when v.StartsWith("0o", StringComparison.Ordinal) => InBase(v[2..], 8),
        var v => FloatPattern().IsMatch(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN,
    };

    /// <summary>The value of <paramref name="digits"/> in base 8 or 16, of any length; NaN when they are not all digits of it.</summary>
    private static double InBase(string digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : radix;
            if (digit >= radix)
            {
                return double.NaN;
            }

            value = value * radix + digit;
        }

        return digits.Length == 0 ? double.NaN : (double)value;
    }

    [GeneratedRegex("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
