namespace ExplainerSite.Model;

/// <summary>
/// The front matter of Markdown documents as declared collections: <c>role: articles</c> (explainers) and
/// <c>role: pages</c> (standalone pages). The keys the generator reads are always part of the type; a site's
/// declaration adds its own keys (and may restate these). Undeclared keys are errors with a "did you mean".
/// </summary>
public static class FrontMatterTypes
{
    private static FieldType T(FieldKind kind, bool optional = false, object? @default = null, bool full = false,
        FieldType? item = null) =>
        new() { Kind = kind, Optional = optional || @default is not null, Default = @default, FullDate = full, Item = item };

    private static readonly FieldType Text = T(FieldKind.Text);

    /// <summary>The generator's own keys of an article (explainer).</summary>
    public static readonly IReadOnlyList<Field> ArticleKeys =
    [
        new("title", Text), new("description", Text), new("published", T(FieldKind.Date, full: true)),
        new("updated", T(FieldKind.Date, optional: true, full: true)), new("order", T(FieldKind.Integer, @default: 0L)),
        new("layout", T(FieldKind.Text, optional: true)), new("draft", T(FieldKind.Boolean)),
        new("aliases", T(FieldKind.List, item: Text)), new("linkTerms", T(FieldKind.Boolean, @default: true)),
        new("updates", T(FieldKind.List, item: new FieldType
        {
            Kind = FieldKind.Object, Record = "update",
            Fields = [new("date", T(FieldKind.Date, full: true)), new("change", T(FieldKind.Markdown))],
        })),
    ];

    /// <summary>The generator's own keys of a standalone page.</summary>
    public static readonly IReadOnlyList<Field> PageKeys =
    [
        new("title", Text), new("description", T(FieldKind.Text, optional: true)), new("layout", T(FieldKind.Text, optional: true)),
        new("draft", T(FieldKind.Boolean)), new("aliases", T(FieldKind.List, item: Text)),
        new("list", T(FieldKind.Collection, optional: true)),
    ];

    /// <summary>The front matter type of <paramref name="role"/>: the generator's keys, then the site's declared
    /// ones.</summary>
    public static FieldType For(CollectionRole role, SiteData data, string record)
    {
        var keys = role == CollectionRole.Articles ? ArticleKeys : PageKeys;
        var declared = data.WithRole(role).FirstOrDefault();
        var fields = keys.Select(k => declared?.Type.FieldNamed(k.Name) ?? k).ToList();
        fields.AddRange(declared?.Type.Fields.Where(f => keys.All(k => k.Name != f.Name)) ?? []);
        return new FieldType { Kind = FieldKind.Object, Record = declared?.Type.Record ?? record, Fields = fields };
    }

    public static ExplainerFrontMatter Article(DataObject v)
    {
        // Newest first; a restated 'updates' of another shape yields the entries that have a date.
        List<PageUpdate> updates = [.. v.List("updates").OfType<DataObject>()
            .Where(u => !string.IsNullOrEmpty(u.Text("date")))
            .Select(u => new PageUpdate(u.Text("date")!, u.Text("change") ?? "", u.Line, u.Column))
            .OrderByDescending(u => u.Date, StringComparer.Ordinal)];
        return Article(v, updates);
    }

    private static ExplainerFrontMatter Article(DataObject v, List<PageUpdate> updates) => new()
    {
        Title = v.Text("title") ?? "", Description = v.Text("description") ?? "", Published = v.Text("published") ?? "",
        // The written date, else the newest update's: the two must agree when both are given (ES2412).
        Updated = v.Text("updated") ?? updates.FirstOrDefault()?.Date, Updates = updates,
        Order = v["order"] is long n ? (int)n : 0, Layout = v.Text("layout"), Draft = v["draft"] is true,
        Aliases = [.. v.List("aliases").OfType<string>()], LinkTerms = v["linkTerms"] is not false, Values = v,
        Line = v.Line, Column = v.Column,
    };

    public static PageFrontMatter Page(DataObject v) => new()
    {
        Title = v.Text("title") ?? "", Description = v.Text("description"), Layout = v.Text("layout"),
        Draft = v["draft"] is true, Aliases = [.. v.List("aliases").OfType<string>()], List = v.Text("list"),
        Values = v, Line = v.Line, Column = v.Column,
    };
}
