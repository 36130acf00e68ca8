namespace Pipework.Documents;

/// <summary>Metadata keys the engine's own modules read and write.</summary>
public static class Keys
{
    /// <summary>
    /// The layout (theme/layouts/NAME.liquid) a document is rendered into: asked for by name (front matter
    /// <c>layout:</c>), it must exist. After <see cref="Content.RenderTemplate"/> it is the layout used.
    /// </summary>
    public const string Layout = "layout";
    /// <summary>
    /// Layout names tried in order when <see cref="Layout"/> is not set (e.g. the page's kind); the first that
    /// exists is used, and <see cref="Templates.LayoutLookup.Default"/> after them all (docs/theme.md).
    /// </summary>
    public const string LayoutFallbacks = nameof(LayoutFallbacks);
    /// <summary>A document's title, where a module sets one.</summary>
    public const string Title = "title";
    /// <summary>1-based line in <see cref="Document.SourceFile"/> where <see cref="Document.Content"/> starts (after front matter).</summary>
    public const string ContentLine = nameof(ContentLine);
    /// <summary>The parsed YAML of a data file as plain .NET values (dictionaries, lists, strings).</summary>
    public const string Data = nameof(Data);
    /// <summary>The front matter of a content file as plain .NET values.</summary>
    public const string FrontMatter = nameof(FrontMatter);
    /// <summary>1-based line in the source file where the front matter's YAML begins.</summary>
    public const string FrontMatterLine = nameof(FrontMatterLine);
    /// <summary>Headings of the rendered body: a list of <see cref="Content.Heading"/>.</summary>
    public const string Headings = nameof(Headings);
    /// <summary>Words in the Markdown body.</summary>
    public const string WordCount = nameof(WordCount);
    /// <summary>
    /// 1-based line and column in the document's source where its destination was asked for (an alias in front
    /// matter), so a clash of destinations is reported there rather than at the file.
    /// </summary>
    public const string DestinationLine = nameof(DestinationLine);
    /// <summary>The column that goes with <see cref="DestinationLine"/>.</summary>
    public const string DestinationColumn = nameof(DestinationColumn);
    /// <summary>The object templates see as <c>page</c>; built by the site.</summary>
    public const string PageModel = nameof(PageModel);
}
