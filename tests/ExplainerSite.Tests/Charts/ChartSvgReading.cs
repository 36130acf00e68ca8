using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ExplainerSite.Tests.Charts;

/// <summary>Reads positions back out of a chart's SVG, to check them against the data.</summary>
internal static partial class ChartSvgReading
{
    public static double Number(string? value) => double.Parse(value!, CultureInfo.InvariantCulture);

    /// <summary>The centre of a marker: a circle, a square, or a diamond path (M top, L right …).</summary>
    public static (double X, double Y) Centre(IElement marker)
    {
        switch (marker.LocalName)
        {
            case "circle":
                return (Number(marker.GetAttribute("cx")), Number(marker.GetAttribute("cy")));
            case "rect":
                return (Number(marker.GetAttribute("x")) + Number(marker.GetAttribute("width")) / 2,
                    Number(marker.GetAttribute("y")) + Number(marker.GetAttribute("height")) / 2);
            default:
                var n = Numbers().Matches(marker.GetAttribute("d")!).Select(m => Number(m.Value)).ToList();
                return (n[0], n[3]);   // the top point's x, the right point's y
        }
    }

    /// <summary>Asserts y = a + b·x for every pair, b &gt; 0: one linear scale.</summary>
    public static void AssertLinear(IReadOnlyList<(double X, double Y)> points, double tolerance = 0.02)
    {
        Assert.True(points.Count >= 2, "at least two points");
        var (first, last) = (points.MinBy(p => p.X), points.MaxBy(p => p.X));
        var slope = (last.Y - first.Y) / (last.X - first.X);
        Assert.True(slope > 0, "the scale increases");
        Assert.All(points, p => Assert.Equal(first.Y + (p.X - first.X) * slope, p.Y, tolerance));
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
