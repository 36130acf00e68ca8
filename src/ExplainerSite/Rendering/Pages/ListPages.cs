using ExplainerSite.Citations;
using ExplainerSite.Model;
using ExplainerSite.Rendering.Comparisons;

namespace ExplainerSite.Rendering.Pages;

/// <summary>
/// What a page with <c>list: NAME</c> in its front matter sees as <c>page.records</c>: the collection's records in
/// its declared order, each with its fields (references as the records they name), <c>FIELDLabel</c> for dates,
/// <c>FIELDHtml</c> for the fields the declaration shows (citations numbered in that order), its page's url, and
/// for the bibliography <c>entryHtml</c>.
/// </summary>
public static class ListPages
{
    public static List<object?> Records(CollectionDeclaration collection, SiteData data, CitationNumbering numbering)
    {
        var sorted = Sorted(data.RecordsOf(collection.Name), collection.List.Sort).ToList();
        var anchors = ListAnchors.For(sorted, collection);
        return [.. sorted.Select((r, i) => (object?)View(r, collection, data, numbering, anchors[i]))];
    }

    private static Dictionary<string, object?> View(DataRecord record, CollectionDeclaration collection, SiteData data,
        CitationNumbering numbering, string anchor)
    {
        var v = record.Values;
        var view = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = record.Id, ["url"] = collection.Pages?.Url(record.Id), ["anchor"] = anchor,
        };
        foreach (var field in collection.Type.Fields)
        {
            view[field.Name] = field.Type.Kind switch
            {
                FieldKind.Ref => v.Refs(field.Name).Select(r => Target(r.Id, field.Type, data)).FirstOrDefault(),
                FieldKind.List when field.Type.Item?.Kind == FieldKind.Ref =>
                    v.Refs(field.Name).Select(r => Target(r.Id, field.Type.Item, data)).OfType<object>().Cast<object?>().ToList(),
                _ => DataObject.ToTemplate(v[field.Name]),
            };
            if (field.Type.Kind == FieldKind.Date) view[field.Name + "Label"] = v.Text(field.Name) is { } d ? DateText.Format(d) : null;
        }
        foreach (var name in collection.List.Show)
            view[name + "Html"] = FieldHtml(v, collection.Type.FieldNamed(name)!, numbering);
        if (collection.Role == CollectionRole.Bibliography) view["entryHtml"] = SourceHtml.Entry(record);
        return view;
    }

    /// <summary>A referenced record's fields, one level deep (its own references stay ids).</summary>
    private static object? Target(string id, FieldType type, SiteData data)
    {
        if (data.Find(type.To, id) is not { } target) return null;
        var fields = target.Values.ToTemplate();
        var view = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = target.Id, ["url"] = data.Declaration(type.To)?.Pages?.Url(id) };
        foreach (var (key, value) in fields) view[key] = value;
        return view;
    }

    /// <summary>A field as HTML: Markdown inline, a sourced value as a cell, citations as reference numbers.</summary>
    public static string FieldHtml(DataObject values, Field field, CitationNumbering numbering) => values[field.Name] switch
    {
        Fact f => CellHtml.Render(f, numbering),
        Pipework.Yaml.Ref r when field.Type.Kind == FieldKind.Source => CitationMarkup.Superscript(numbering, [r.Id]),
        IReadOnlyList<object?> list when field.Type.Kind == FieldKind.Sources => list.Count == 0
            ? ""
            : CitationMarkup.Superscript(numbering, list.OfType<Pipework.Yaml.Ref>().Select(r => r.Id)),
        null => "",
        _ => Html.InlineMarkdown(values.Text(field.Name) ?? ""),
    };

    /// <summary>Records in the declared order: "field", "field:nocase", "field:natural" (S2 before S10), "-field" descending.</summary>
    public static IEnumerable<DataRecord> Sorted(IEnumerable<DataRecord> records, IReadOnlyList<string> keys)
    {
        IOrderedEnumerable<DataRecord>? sorted = null;
        foreach (var key in keys)
        {
            var descending = key.StartsWith('-');
            var parts = key.TrimStart('-').Split(':');
            var field = parts[0];
            var mode = parts.Length > 1 ? parts[1] : "";
            Func<DataRecord, string> select = mode == "natural"
                ? r => ComparisonSources.SortKey(Key(r, field))
                : r => Key(r, field);
            var comparer = mode == "nocase" ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            sorted = (sorted, descending) switch
            {
                (null, false) => records.OrderBy(select, comparer),
                (null, true) => records.OrderByDescending(select, comparer),
                (_, false) => sorted.ThenBy(select, comparer),
                _ => sorted.ThenByDescending(select, comparer),
            };
        }
        return sorted ?? records;
    }

    private static string Key(DataRecord r, string field) => field == "id" ? r.Id : r.Values.Text(field) ?? "";
}
