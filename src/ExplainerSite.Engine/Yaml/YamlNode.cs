using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pipework.Yaml;

/// <summary>
/// A YAML value with the line and column it starts at, for binders driven by a schema that is itself data
/// (declared collections): every value can be checked and every problem positioned after parsing.
/// </summary>
/// <param name="Line">The 1-based line the value starts on.</param>
/// <param name="Column">The 1-based column the value starts at.</param>
public abstract record YamlNode(int Line, int Column)
{
    /// <summary>What the node is, in the words of binding errors: "'three'", "a list", "a set of 'key: value' lines".</summary>
    public abstract string Found { get; }
}

/// <summary>A scalar; <see cref="Plain"/> is false for quoted and block scalars, which are always text.</summary>
/// <param name="Value">The scalar's text.</param>
/// <param name="Plain">Whether it was written unquoted.</param>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Column">The 1-based column it starts at.</param>
public sealed record YamlScalar(string Value, bool Plain, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>An unquoted empty, <c>~</c> or <c>null</c>: no value.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc/>
    public override string Found => "'" + (Value.Length > 40 ? Value[..40] + "…" : Value) + "'";
}

/// <summary>A list.</summary>
/// <param name="Items">The items, in order.</param>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Column">The 1-based column it starts at.</param>
public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column)
{
    /// <inheritdoc/>
    public override string Found => "a list";
}

/// <summary>A mapping, keys in file order (duplicate keys are a syntax error when reading).</summary>
/// <param name="Entries">The keys and their values, in file order.</param>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Column">The 1-based column it starts at.</param>
public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    /// <inheritdoc/>
    public override string Found => "a set of 'key: value' lines";

    /// <summary>The value of <paramref name="key"/>, or null when the mapping does not have it.</summary>
    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}

/// <summary>Reads YAML text into <see cref="YamlNode"/>s, refusing aliases like every other reader of content.</summary>
public static class YamlNodeReader
{
    /// <summary>The document's root node, or null for an empty file. Syntax errors are positioned ContentExceptions.</summary>
    public static YamlNode? Read(string text, string file)
    {
        try
        {
            var parser = new SafeParser(new Parser(new StringReader(text)), file, 0);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var value = ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw new YamlException(parser.Current!.Start, parser.Current.End, "a file holds one YAML document; remove the extra '---'");
            return value is YamlScalar { IsNull: true } ? null : value;
        }
        catch (YamlException ex)
        {
            throw YamlErrors.ToContentException(ex, file, 0);
        }
    }

    private static YamlNode ReadNode(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return ToScalar(scalar);
        if (parser.TryConsume<SequenceStart>(out var seq))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser));
            return new YamlSequence(items, (int)seq.Start.Line, (int)seq.Start.Column);
        }
        var start = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (!seen.Add(key.Value)) throw new YamlException(key.Start, key.End, $"duplicate key '{key.Value}'");
            entries.Add(new(ToScalar(key), ReadNode(parser)));
        }
        return new YamlMapping(entries, (int)start.Start.Line, (int)start.Start.Column);
    }

    private static YamlScalar ToScalar(Scalar s) =>
        new(s.Value, s.Style is ScalarStyle.Plain or ScalarStyle.Any, (int)s.Start.Line, (int)s.Start.Column);
}
