using ExplainerSite.Model;
using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Rendering.Charts;

/// <summary>One record of the charts collection, with the collection it draws (<c>from</c>).</summary>
public sealed record Chart(DataRecord Record, CollectionDeclaration From)
{
    public string Id => Record.Id;
    public string Kind => Record.Values.Text(ChartFields.Kind) ?? "";
    public string Title => Record.Values.Text(ChartFields.Title) ?? Id;
    public string Description => Record.Values.Text(ChartFields.Description) ?? "";
    public string? Note => Record.Values.Text(ChartFields.Note);
    public IReadOnlyList<string> Sources => [.. Record.Values.Refs(ChartFields.Sources).Select(r => r.Id)];

    /// <summary>The element id of the figure; its title and description are <c>ID-title</c>, <c>ID-desc</c>.</summary>
    public string HtmlId => "chart-" + Id;

    /// <summary>The value of mapping <paramref name="key"/> as written (a field name, a record id …), or null.</summary>
    public string? Text(string key) => Record.Values.Text(key);

    /// <summary>A mapping's value with its position, when it was written as a reference or field name.</summary>
    public Ref? Ref(string key) => Record.Values[key] as Ref;

    /// <summary>An error at the mapping <paramref name="key"/> when it has a position, else at the chart record.</summary>
    public Diagnostic At(DiagnosticDescriptor error, string key, params object?[] args) => Ref(key) is { } r
        ? error.At(Record.File, r.Line, r.Column, args)
        : error.At(Record.File, Record.Line, Record.Column, args);

    /// <summary>Every chart of the site by id (charts collections in declaration order), with its collection.</summary>
    public static IReadOnlyDictionary<string, Chart> All(SiteData data)
    {
        var charts = new Dictionary<string, Chart>(StringComparer.Ordinal);
        foreach (var collection in data.WithRole(CollectionRole.Charts))
            foreach (var record in data.RecordsOf(collection.Name))
                if (data.Declaration(record.Values.Text(ChartFields.From)) is { } from)
                    charts.TryAdd(record.Id, new Chart(record, from));
        return charts;
    }
}
