using ExplainerSite.Model;
using Pipework.Content;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Yaml;
using Markdig.Syntax;

namespace ExplainerSite.Rendering.Charts.Markdown;

/// <summary>
/// Resolves the chart blocks of a page against the site's charts: an unknown id is an error at the id's line and
/// column, with a "did you mean"; a chart placed twice on a page is one too (its ids would clash). Runs before
/// citations are numbered, so a chart's sources take their numbers where the chart stands.
/// </summary>
public sealed class ResolveCharts : IMarkdownProcessor
{
    public IEnumerable<KeyValuePair<string, object?>> Process(MarkdownDocument markdown, Document document, IExecutionContext context)
    {
        var blocks = markdown.Descendants<ChartBlock>().ToList();
        if (blocks.Count == 0) return [];
        var data = context.SiteData();
        var charts = context.Shared("charts:all", () => Chart.All(data));
        var firstLine = document.Get<int>(Keys.ContentLine);
        var errors = new List<Diagnostic>();
        var placed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var line = firstLine + block.IdLine;
            var column = block.IdColumn + 1;
            if (block.ChartId.Length == 0)
                errors.Add(ChartErrors.EmptyChartBlock.At(document.Source, firstLine + block.Line, block.Column + 1));
            else if (!charts.TryGetValue(block.ChartId, out var chart))
                errors.Add(Unknown(block.ChartId, data, charts, document.Source, line, column));
            else if (!placed.TryAdd(chart.Id, line))
                errors.Add(ChartErrors.ChartTwice.At(document.Source, line, column, chart.Id, placed[chart.Id]));
            else
            {
                block.Chart = chart;
                block.Data = data;
                block.Cite(chart.Sources);
            }
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return [];
    }

    private static Diagnostic Unknown(string id, SiteData data, IReadOnlyDictionary<string, Chart> charts, string file,
        int line, int column)
    {
        var collections = data.WithRole(CollectionRole.Charts).ToList();
        if (collections.Count == 0) return ChartErrors.NoChartsCollection.At(file, line, column, id);
        var ids = charts.Keys.Order(StringComparer.Ordinal).ToList();
        return ChartErrors.UnknownChart.At(file, line, column, id,
            YamlBinder.Suggest(id, ids) is { } best ? $"; did you mean '{best}'?" : "",
            string.Join(", ", collections.Select(c => "input/" + (c.File ?? c.Folder))), string.Join(", ", ids));
    }

    /// <summary>A page with a chart block draws data that can change without the page changing: not cached.</summary>
    public string? CacheKey(Document document, IExecutionContext context) =>
        document.Content.Contains("```chart", StringComparison.Ordinal)
        || document.Content.Contains("~~~chart", StringComparison.Ordinal) ? null : "";
}
