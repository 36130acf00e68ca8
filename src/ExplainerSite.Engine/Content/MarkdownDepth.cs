namespace Pipework.Content;

/// <summary>
/// A linear pre-scan for Markdown nested too deeply to be a page: block quotes, list items and indentation at the
/// start of a line, and open '[' brackets in a paragraph. Markdig's work grows with the square of the nesting (a
/// 3,000-level list took over a minute) before its own limit stops it with no position; this finds the place first.
/// Lines inside fenced code blocks are not counted.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>Levels allowed: far beyond any page (the real site's deepest is 3), well below Markdig's own limit.</summary>
    public const int Max = 100;

    /// <summary>The 1-based line and column (within <paramref name="text"/>) where nesting first exceeds <see cref="Max"/>.</summary>
    public static (int Line, int Column)? Find(string text)
    {
        var inFence = false;
        var brackets = 0;
        var lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan()[range];
            var trimmed = line.TrimStart(" \t>");
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")) inFence = !inFence;
            if (inFence) continue;
            if (trimmed.IsWhiteSpace()) brackets = 0;
            var depth = 0;
            var spaces = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == ' ') spaces++;
                else if (c == '\t') spaces += 4;
                else if (c == '>' || (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')) depth++;
                else if (char.IsAsciiDigit(c) && ListNumberEnd(line, i) is var end and > 0) { depth++; i = end; }
                else break;
                if (depth + spaces / 2 > Max) return (lineNumber, i + 1);
            }
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '\\') i++;
                else if (line[i] == '[' && ++brackets > Max) return (lineNumber, i + 1);
                else if (line[i] == ']' && brackets > 0) brackets--;
            }
        }
        return null;
    }

    /// <summary>Index of the '.' or ')' that ends an ordered-list number starting at <paramref name="start"/>, or 0.</summary>
    private static int ListNumberEnd(ReadOnlySpan<char> line, int start)
    {
        var i = start;
        while (i < line.Length && i - start < 9 && char.IsAsciiDigit(line[i])) i++;
        return i < line.Length - 1 && line[i] is '.' or ')' && line[i + 1] == ' ' ? i : 0;
    }
}
