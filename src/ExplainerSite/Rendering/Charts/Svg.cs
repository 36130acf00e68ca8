using System.Globalization;
using System.Text;

namespace ExplainerSite.Rendering.Charts;

/// <summary>Small helpers every chart kind draws with: invariant numbers, escaped text, lines wrapped by length.</summary>
public static class Svg
{
    /// <summary>A coordinate as written in the SVG: at most two decimals, invariant culture.</summary>
    public static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A &lt;text&gt; element; <paramref name="attributes"/> are written as given (no content in them).</summary>
    public static string Text(double x, double y, string text, string? cssClass = null, string attributes = "") =>
        $"<text x=\"{N(x)}\" y=\"{N(y)}\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}{attributes}>"
        + $"{Html.Encode(text)}</text>";

    /// <summary>Words of <paramref name="text"/> in lines of at most <paramref name="width"/> characters (a longer
    /// word gets a line of its own).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>A marker of series <paramref name="series"/> (0-based) centred on (x, y): a circle, a square, a
    /// diamond, a triangle, so that shape and not only colour tells the series apart.</summary>
    public static string Marker(int series, double x, double y, double r, string cssClass)
    {
        var c = $" class=\"{cssClass}\"";
        return (series % 4) switch
        {
            0 => $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\"{c}/>",
            1 => $"<rect x=\"{N(x - r * 0.9)}\" y=\"{N(y - r * 0.9)}\" width=\"{N(r * 1.8)}\" height=\"{N(r * 1.8)}\"{c}/>",
            2 => $"<path d=\"M{N(x)} {N(y - r * 1.2)}L{N(x + r * 1.2)} {N(y)}L{N(x)} {N(y + r * 1.2)}L{N(x - r * 1.2)} {N(y)}Z\"{c}/>",
            _ => $"<path d=\"M{N(x)} {N(y - r * 1.2)}L{N(x + r * 1.1)} {N(y + r * 0.9)}L{N(x - r * 1.1)} {N(y + r * 0.9)}Z\"{c}/>",
        };
    }
}
