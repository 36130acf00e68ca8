namespace ExplainerSite.Model;

/// <summary>
/// Front matter of a standalone page (<c>input/*.md</c>, <c>input/dir/index.md</c>): the keys the generator
/// itself reads, taken from the front matter bound against its declaration (<see cref="FrontMatterTypes"/>).
/// </summary>
public sealed record PageFrontMatter
{
    public string Title { get; init; } = null!;
    /// <summary>Optional for a page; templates read an absent one as empty.</summary>
    public string? Description { get; init; }
    /// <summary>The layout named in front matter; null falls back to 'page', then 'default' (docs/theme.md).</summary>
    public string? Layout { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The declared collection this page lists (<c>page.records</c>), if any.</summary>
    public string? List { get; init; }
    /// <summary>Every declared key's value, the site's own keys included (<c>page.fields</c>).</summary>
    public DataObject Values { get; init; } = null!;
    public int Line { get; init; }
    public int Column { get; init; }
}

/// <summary>Front matter of an explainer (<c>input/explainers/*.md</c>): a dated page in the site's reading order.</summary>
public sealed record ExplainerFrontMatter
{
    public string Title { get; init; } = null!;
    public string Description { get; init; } = null!;
    public string Published { get; init; } = null!;
    /// <summary>The last update: front matter's <c>updated</c>, else the newest entry of <see cref="Updates"/>.</summary>
    public string? Updated { get; init; }
    /// <summary>The update history (<c>updates:</c>), newest first; empty when the page has none.</summary>
    public IReadOnlyList<PageUpdate> Updates { get; init; } = [];
    public int Order { get; init; }
    /// <summary>The layout named in front matter; null falls back to 'explainer', then 'default' (docs/theme.md).</summary>
    public string? Layout { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Whether the first use of each glossary term links to its entry (front matter <c>linkTerms</c>).</summary>
    public bool LinkTerms { get; init; } = true;
    /// <summary>Every declared key's value, the site's own keys included (<c>page.fields</c>).</summary>
    public DataObject Values { get; init; } = null!;
    public int Line { get; init; }
    public int Column { get; init; }
}

/// <summary>One entry of an explainer's update history: when, and what changed (inline Markdown).</summary>
public sealed record PageUpdate(string Date, string Change, int Line, int Column);
