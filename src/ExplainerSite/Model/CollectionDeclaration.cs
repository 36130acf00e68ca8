namespace ExplainerSite.Model;

/// <summary>
/// One content type of the site as declared in <c>input/collections.yml</c>: where its records live, their
/// fields, and whether they get pages and a list. See docs/content-model.md.
/// </summary>
public sealed class CollectionDeclaration
{
    public const string DefaultIdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>The collection's name (its key in collections.yml), e.g. the folder of its pages.</summary>
    public required string Name { get; init; }
    /// <summary>The YAML file (a list of records) under input/, or null when <see cref="Folder"/> is given.</summary>
    public string? File { get; init; }
    /// <summary>A folder under input/ of one YAML file per record, whose id is the file name.</summary>
    public string? Folder { get; init; }
    /// <summary>The record type: its fields, and what one record is called in messages.</summary>
    public required FieldType Type { get; init; }
    /// <summary>The field holding each record's id; "" for none (records are numbered), as for a folder collection,
    /// whose ids are file names.</summary>
    public string Id { get; init; } = "id";
    public string IdPattern { get; init; } = DefaultIdPattern;
    /// <summary>What the site does with the collection beyond binding it: bibliography, table or comparisons.</summary>
    public CollectionRole Role { get; init; }
    /// <summary>The header of the item column of a comparison whose items are rows ("Model").</summary>
    public string? Noun { get; init; }
    public PageSettings? Pages { get; init; }
    public ListSettings List { get; init; } = new();
    /// <summary>For comparisons: the field listing the score tables a comparison shows.</summary>
    public string? Tables { get; init; }
    /// <summary>For a table: the row fields naming a row and detailing it.</summary>
    public string? RowLabel { get; init; }
    public string? RowDetail { get; init; }
    /// <summary>A term collection (a glossary): its terms are linked where explainers first use them.</summary>
    public TermSettings? Terms { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }

    /// <summary>The path of the file a record came from, relative to input/.</summary>
    public string FileOf(string id) => File ?? $"{Folder}/{id}.yml";
}

/// <summary>
/// What the site makes of a collection: the bibliography citations resolve against, a score table, comparison
/// pages, the front matter of Markdown explainers (articles) and standalone pages, or the site's charts.
/// </summary>
public enum CollectionRole { None, Bibliography, Table, Comparisons, Articles, Pages, Charts }

/// <summary>A page per record: its address, layout, and which fields give its title, description and lede.</summary>
public sealed record PageSettings(string Permalink, string Layout, string Title, string? Description, string? Summary)
{
    public string Url(string id) => Permalink.Replace(":id", id, StringComparison.Ordinal);
}

/// <summary>
/// Which fields of a term collection give the term, the other wordings that link to it and the definition its
/// preview shows; the position of the <c>terms:</c> key, for errors.
/// </summary>
public sealed record TermSettings(string Term, string? Matches, string Definition, int Line, int Column);

/// <summary>How a page that lists the collection (front matter <c>list: NAME</c>) orders and renders its records.</summary>
public sealed record ListSettings
{
    /// <summary>Sort keys: a field name, optionally ":nocase" or ":natural" (S2 before S10), "-" first for
    /// descending.</summary>
    public IReadOnlyList<string> Sort { get; init; } = [];
    /// <summary>The address of the page listing the collection, whose <c>#ID</c> anchors other pages link to.</summary>
    public string? Url { get; init; }
    /// <summary>Fields rendered as HTML (<c>FIELDHtml</c>), citations numbered in this order.</summary>
    public IReadOnlyList<string> Show { get; init; } = [];
    /// <summary>Download formats of the whole list (<see cref="DownloadFormats"/>), at <c>/data/NAME.FORMAT</c>.</summary>
    public IReadOnlyList<string> Downloads { get; init; } = [];

    /// <summary>The formats a list can be downloaded in.</summary>
    public static readonly IReadOnlyList<string> DownloadFormats = ["csv", "json"];

    /// <summary>Where a list's download is published: <c>/data/NAME.FORMAT</c>.</summary>
    public static string DownloadPath(string collection, string format) => $"/data/{collection}.{format}";
}
