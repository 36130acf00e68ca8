using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Templates;
using ExplainerSite.Rendering;

namespace ExplainerSite.Modules;

/// <summary>
/// The page hosts serve for a missing address: <c>404.html</c> at the output root (Netlify and GitHub Pages
/// both look there), rendered with <c>theme/layouts/404.liquid</c>, else the theme's <c>default</c> layout, else a
/// plain built-in page (<see cref="BuiltIn"/>), so a theme need not have one. Its links are root-relative, as it is
/// served at any path. It has no canonical URL and stays out of the sitemap and the search index. The Feeds pipeline
/// adds it with <c>CreateDocuments(NotFoundPage.Create)</c>.
/// </summary>
public static class NotFoundPage
{
    public const string Kind = PageKinds.NotFound;
    public const string Layout = "404";
    public const string Destination = "404.html";
    public const string Title = "Page not found";
    public const string Description = "There is no page at this address. Start again from the home page, the list of explainers or the search.";

    /// <summary>The page's <c>content</c>: what a <c>default</c> layout shows (the theme's 404 layout may ignore it).</summary>
    public const string Body = "<p>There is no page at this address. <a href=\"/\">Go to the home page</a>.</p>\n";

    public static IEnumerable<Document> Create(IExecutionContext context)
    {
        var themed = context.Find<ThemeTemplates>() is not { } templates
            || LayoutLookup.FirstExisting(templates, LayoutLookup.Candidates([Layout])) is not null;
        var page = new Document { Source = $"theme/layouts/{Layout}.liquid", Destination = Destination, Content = Body }.WithMany([
            new(SiteKeys.Title, Title),
            new(SiteKeys.Description, Description),
            new(SiteKeys.Kind, Kind),
        ]);
        page = themed
            ? page.With(Keys.LayoutFallbacks, ImmutableArray.Create(Layout))
            : page with { Source = "(built-in 404 page)", Content = BuiltIn(context.SiteData().Settings.Title, context.SiteData().Settings.Language) };
        return [page];
    }

    /// <summary>The page written when the theme has neither a 404 nor a default layout: valid HTML, a link home.</summary>
    public static string BuiltIn(string siteTitle, string language) =>
        $"""
        <!doctype html>
        <html lang="{Html.Encode(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Title} · {Html.Encode(siteTitle)}</title>
        </head>
        <body>
        <main>
        <h1>{Title}</h1>
        {Body}</main>
        </body>
        </html>

        """.Replace("\r\n", "\n", StringComparison.Ordinal);
}
