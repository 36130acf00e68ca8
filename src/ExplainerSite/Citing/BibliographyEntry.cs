using ExplainerSite.Model;

namespace ExplainerSite.Citing;

/// <summary>
/// One source as the bibliography downloads write it. <see cref="All"/> is the one place that reads the records
/// of the collection with <c>role: bibliography</c>, in the order of its list page (<c>list.sort</c>).
/// </summary>
/// <param name="EntryPath">Its entry on the list page (a site path, <c>/sources/#S7</c>; the writers make it
/// absolute).</param>
public sealed record BibliographyEntry(
    string Id, string Title, string? Author, string? Publisher, string? Date, string? Url, bool Archived, string? Note,
    string EntryPath)
{
    /// <param name="sort">Orders records by a collection's <c>list.sort</c> keys, the way its list page does.</param>
    public static IReadOnlyList<BibliographyEntry> All(
        SiteData data, Func<IEnumerable<DataRecord>, IReadOnlyList<string>, IEnumerable<DataRecord>> sort)
    {
        if (data.Bibliography is not { } bibliography) return [];
        var listUrl = ListPath(bibliography);
        return [.. sort(data.RecordsOf(bibliography.Name), bibliography.List.Sort).Select(r => new BibliographyEntry(
            r.Id, r.Values.Text("title") ?? "", Value(r, "author"), Value(r, "publisher"), Value(r, "date"),
            Value(r, "url"), r.Values.Text("access") == "archived", Value(r, "note"), listUrl + "#" + r.Id))];
    }

    /// <summary>The list page of the bibliography: its <c>list.url</c>, else <c>/NAME/</c>.</summary>
    public static string ListPath(CollectionDeclaration bibliography) =>
        bibliography.List.Url ?? "/" + bibliography.Name + "/";

    public string AccessName => Archived ? "archived" : "original";

    /// <summary>An optional field: absent and empty are both null, as the typed records had them.</summary>
    private static string? Value(DataRecord record, string field) =>
        record.Values.Text(field) is { Length: > 0 } text ? text : null;
}
