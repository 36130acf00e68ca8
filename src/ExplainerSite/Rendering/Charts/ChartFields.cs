namespace ExplainerSite.Rendering.Charts;

/// <summary>The fields every chart record has (a collection with <c>role: charts</c>; docs/content-model.md). Any
/// other field of the collection is a mapping that some kind reads.</summary>
public static class ChartFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Description = "description";
    public const string Sources = "sources";
    public const string Note = "note";
    public const string From = "from";

    /// <summary>Required of the declaration, with the type to declare each as (for the message when one is missing).</summary>
    public static readonly IReadOnlyList<string> Required = [Id, Kind, Title, Description, Sources, From];

    public static readonly IReadOnlySet<string> Common = new HashSet<string>(
        [Id, Kind, Title, Description, Sources, Note, From], StringComparer.Ordinal);
}
