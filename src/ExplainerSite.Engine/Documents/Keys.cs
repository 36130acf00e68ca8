namespace ExplainerSite.Engine.Documents;

/// <summary>Metadata keys the engine's own modules read and write.</summary>
public static class Keys
{
    /// <summary>The layout (theme/layouts/NAME.liquid) a document is rendered into.</summary>
    public const string Layout = "layout";
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
    /// <summary>The object templates see as <c>page</c>; built by the site.</summary>
    public const string PageModel = nameof(PageModel);
}
