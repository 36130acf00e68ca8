using ExplainerSite.Model;
using Pipework.Diagnostics;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// One built-in kind of chart (timeline, paired …): which keys of a chart record it reads beyond the common ones,
/// the checks only it can make, and the drawing. A chart's use (title, collection, mapped fields) is data in
/// <c>input/charts.yml</c>; the kind is code, registered in <see cref="ChartKinds"/>. A kind draws only the inside
/// of the SVG and the rows of its data table: <see cref="ChartFigure"/> writes the figure, the accessible name,
/// the caption and the source line the same way for every kind.
/// </summary>
public interface IChartKind
{
    /// <summary>The value of <c>kind:</c> that selects it.</summary>
    string Name { get; }

    /// <summary>The keys of a chart record it reads; every other non-common key set on a chart is an error.</summary>
    IReadOnlyList<ChartMapping> Mappings { get; }

    /// <summary>Checks a chart of this kind whose mappings are present and name existing fields (checked before):
    /// the kind of collection it draws, the types of the mapped fields, values such as column ids. Every error
    /// positioned at the value (<see cref="Chart.At"/>).</summary>
    void Validate(Chart chart, SiteData data, List<Diagnostic> errors);

    /// <summary>Draws a valid chart; deterministic, every text escaped, numbers in the invariant culture.</summary>
    ChartDrawing Draw(Chart chart, SiteData data);
}

/// <summary>A key of a chart record a kind reads: whether it must be given, and what it is (for messages and docs).</summary>
public sealed record ChartMapping(string Key, bool Required, string What);

/// <summary>
/// A drawn chart: the SVG's size in user units (the viewBox), its inner markup (no &lt;svg&gt;, &lt;title&gt; or
/// &lt;desc&gt;), a sentence for &lt;desc&gt; summing up what it shows, and its data as table rows: the header
/// cells and each row's cells, as plain text (escaped when written).
/// </summary>
public sealed record ChartDrawing(double Width, double Height, string Body, string Summary,
    IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
