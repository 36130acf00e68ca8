using System.Globalization;
using Pipework.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pipework.Yaml;

/// <summary>
/// Loads YAML into plain .NET values for templates: <see cref="OrderedDictionary{TKey,TValue}"/> (keys in file
/// order), <see cref="List{T}"/>, string, long, double, bool and null. Unquoted scalars are typed as YAML 1.2's
/// core schema says; quoted ones stay strings.
/// </summary>
public static class YamlLoader
{
    /// <param name="lineOffset">Added to parser lines, for YAML that starts inside a file (front matter).</param>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The file, for positions in errors.</param>
    public static object? Load(string text, string file, int lineOffset = 0)
    {
        try
        {
            var parser = new SafeParser(new Parser(new StringReader(text)), file, lineOffset);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var value = ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw new YamlException(parser.Current!.Start, parser.Current.End, "a file holds one YAML document; remove the extra '---'");
            return value;
        }
        catch (YamlException ex)
        {
            throw YamlErrors.ToContentException(ex, file, lineOffset, text);
        }
    }

    private static object? ReadNode(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return ConvertScalar(scalar);
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode(parser));
            return list;
        }
        var start = parser.Consume<MappingStart>();
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (map.ContainsKey(key.Value))
                throw new YamlException(key.Start, key.End, $"duplicate key '{key.Value}'");
            map[key.Value] = ReadNode(parser);
        }
        _ = start;
        return map;
    }

    private static object? ConvertScalar(Scalar scalar)
    {
        var v = scalar.Value;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return v;
        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if ((char.IsDigit(v[0]) || v[0] is '-' or '+' or '.') &&
            double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return v;
    }
}
