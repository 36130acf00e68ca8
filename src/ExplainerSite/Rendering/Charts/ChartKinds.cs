namespace ExplainerSite.Rendering.Charts;

/// <summary>The built-in chart kinds, by name. A new kind is one class implementing <see cref="IChartKind"/>, added
/// here, and named in the <c>kind</c> enum of the charts collection (input/collections.yml).</summary>
public static class ChartKinds
{
    public static readonly IReadOnlyList<IChartKind> All =
        [new TimelineChart(), new PairedChart(), new CostChart(), new ChipLineChart(), new StanceChart()];

    public static IChartKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    public static IEnumerable<string> Names => All.Select(k => k.Name);
}
