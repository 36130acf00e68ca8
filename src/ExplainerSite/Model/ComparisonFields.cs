namespace ExplainerSite.Model;

/// <summary>The fields a comparison record has (a collection with <c>role: comparisons</c>;
/// docs/content-model.md).</summary>
public static class ComparisonFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Collection = "collection";
    public const string Items = "items";
    public const string Rows = "rows";
    public const string Attribute = "attribute";
    public const string Label = "label";
    public const string Intro = "intro";
    public const string Caveats = "caveats";
    public const string Text = "text";
    public const string Sources = "sources";
    public const string ItemsAs = "itemsAs";
    public const string Charts = "charts";
    /// <summary>"At a glance" lines (<see cref="Rendering.Comparisons.ComparisonSummary"/>) and their fields.</summary>
    public const string Summary = "summary";
    public const string Kind = "kind";
    public const string Table = "table";
    public const string Columns = "columns";
    /// <summary>Optional YYYY-MM-DD dates, declared in collections.yml, that the page's citation gives.</summary>
    public const string Published = "published";
    public const string Updated = "updated";
}
