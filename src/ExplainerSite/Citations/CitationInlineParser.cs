using Markdig.Helpers;
using Markdig.Parsers;

namespace ExplainerSite.Citations;

/// <summary>
/// Parses <c>[@key]</c> and <c>[@a; @b]</c>. Anything else starting with '[' is left to the link parser, so
/// ordinary links and footnotes are unaffected.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@') return false;
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf(']', start, slice.End - start + 1);
        if (close < 0) return false;
        var inner = text.AsSpan(start + 1, close - start - 1);
        var citation = new CitationInline();
        var offset = start + 1;
        foreach (var range in inner.Split(';'))
        {
            var part = inner[range];
            var trimmed = part.TrimStart();
            var keyOffset = offset + range.Start.Value + (part.Length - trimmed.Length);
            trimmed = trimmed.TrimEnd();
            if (trimmed.Length < 2 || trimmed[0] != '@' || !IsKey(trimmed[1..])) return false;
            citation.Keys.Add((trimmed[1..].ToString(), keyOffset + 1));
        }
        var position = processor.GetSourcePosition(start, out var line, out var column);
        citation.Span = new Markdig.Syntax.SourceSpan(position, position + (close - start));
        citation.Line = line;
        citation.Column = column;
        // Keep key columns relative to the line, as Markdig does for the inline itself.
        for (var i = 0; i < citation.Keys.Count; i++)
            citation.Keys[i] = (citation.Keys[i].Key, column + (citation.Keys[i].Column - start));
        processor.Inline = citation;
        slice.Start = close + 1;
        return true;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.Length == 0 || !char.IsAsciiLetterOrDigit(key[0])) return false;
        foreach (var c in key)
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' and not '.' and not ':') return false;
        return true;
    }
}
