using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExplainerSite.Citations;

/// <summary>
/// Where a Markdown value of a YAML file (a comparison's <c>intro</c>) sits in the file, so that a problem found
/// in the Markdown (line 0-based, column 1-based within the value) is reported at the file's own line and
/// column. Exact for a literal block (<c>intro: |</c>) and for a value on one line; for a folded or wrapped
/// value, whose lines the YAML parser joins, problems are reported at the value's start.
/// </summary>
public sealed record IntroLocation(int Line, int Column, ScalarStyle Style, int Indent, bool SingleLine)
{
    public (int Line, int Column) Map(int line, int column) => Style switch
    {
        ScalarStyle.Literal => (Line + 1 + line, Indent + column),
        ScalarStyle.Plain when SingleLine => (Line, Column + column - 1),
        ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when SingleLine => (Line, Column + column),
        _ => (Line, Column),
    };

    /// <summary>The location of the top-level key <paramref name="key"/>'s scalar value, or null when absent.</summary>
    public static IntroLocation? Find(string yaml, string key)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            var expectKey = false;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        depth++;
                        expectKey = depth == 1 && parser.Current is MappingStart;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        expectKey = depth == 1;
                        break;
                    case Scalar scalar when depth == 1 && expectKey && scalar.Value == key:
                        return parser.MoveNext() && parser.Current is Scalar value ? Locate(yaml, value) : null;
                    case Scalar when depth == 1:
                        expectKey = !expectKey;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // The data pipeline has already reported the syntax error.
        }
        return null;
    }

    private static IntroLocation Locate(string yaml, Scalar value)
    {
        var line = (int)value.Start.Line;
        var indent = 0;
        if (value.Style == ScalarStyle.Literal)
        {
            // The block's text starts on the line after the '|' indicator; its indentation is that of its first non-blank line.
            var first = yaml.Split('\n').Skip(line).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
            indent = first.Length - first.TrimStart(' ').Length;
        }
        return new IntroLocation(line, (int)value.Start.Column, value.Style, indent, value.Start.Line == value.End.Line);
    }
}
