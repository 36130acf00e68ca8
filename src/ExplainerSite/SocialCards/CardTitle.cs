namespace ExplainerSite.SocialCards;

/// <summary>
/// Fits a page title into the card's title box: the largest of <see cref="Sizes"/> at which it takes at most
/// <see cref="MaxLines"/> lines of <see cref="BoxWidth"/> pixels, lines balanced like CSS <c>text-wrap: balance</c>
/// (no lone last word); a title too long even at the smallest size is cut at a word with "…". SVG has no line
/// wrapping, so the lines are measured here, with the font the card draws them in, and the template places them.
/// </summary>
public static class CardTitle
{
    /// <summary>Font sizes tried, largest first (px; the card is 1200×630).</summary>
    public static readonly IReadOnlyList<int> Sizes = [72, 64, 56, 48];
    public const int MaxLines = 4;
    public const float BoxWidth = 1040;
    /// <summary>Line height as a multiple of the font size.</summary>
    public const double Leading = 1.2;

    public sealed record Fitted(IReadOnlyList<string> Lines, int FontSize, int LineHeight);

    /// <param name="measure">Width in pixels of a text at a font size.</param>
    public static Fitted Fit(string title, Func<string, int, float> measure)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) words = [""];
        foreach (var size in Sizes)
        {
            var lines = Wrap(words, size, BoxWidth, measure);
            if (lines.Count <= MaxLines) return Result(Balance(words, size, lines.Count, measure), size);
        }
        var smallest = Sizes[^1];
        return Result(Cut(Wrap(words, smallest, BoxWidth, measure), smallest, measure), smallest);
    }

    private static Fitted Result(IReadOnlyList<string> lines, int size) => new(lines, size, (int)Math.Round(size * Leading));

    /// <summary>Greedy wrapping; a word wider than the box is broken between letters.</summary>
    private static List<string> Wrap(string[] words, int size, float width, Func<string, int, float> measure)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate, size) <= width) { line = candidate; continue; }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (line.Length > 1 && measure(line, size) > width)
            {
                var fits = Enumerable.Range(1, line.Length - 1).Last(n => n == 1 || measure(line[..n], size) <= width);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }
        lines.Add(line);
        return lines;
    }

    /// <summary>The narrowest box (down to half the width) that still wraps into <paramref name="count"/> lines: even lines.</summary>
    private static List<string> Balance(string[] words, int size, int count, Func<string, int, float> measure)
    {
        if (count == 1) return Wrap(words, size, BoxWidth, measure);
        float low = BoxWidth / 2, high = BoxWidth;
        while (high - low > 4)
        {
            var middle = (low + high) / 2;
            if (Wrap(words, size, middle, measure).Count <= count) high = middle; else low = middle;
        }
        return Wrap(words, size, high, measure);
    }

    private static List<string> Cut(List<string> lines, int size, Func<string, int, float> measure)
    {
        var kept = lines.Take(MaxLines).ToList();
        var last = kept[^1] + "…";
        while (measure(last, size) > BoxWidth && last.Contains(' '))
            last = last[..last.LastIndexOf(' ')] + "…";
        kept[^1] = last;
        return kept;
    }
}
