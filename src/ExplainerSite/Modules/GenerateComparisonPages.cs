using System.Collections.Immutable;
using ExplainerSite.Citations;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Rendering;

namespace ExplainerSite.Modules;

/// <summary>
/// Turns each <c>comparisons/ID.yml</c> into the page <c>/compare/ID/</c>: the bound definition (from the site
/// data) under <see cref="Comparison"/>, its intro as the Markdown content, and where that intro sits in the file.
/// A file that did not bind is dropped: the data pipeline has already reported why.
/// </summary>
public sealed class GenerateComparisonPages : DocumentModule
{
    public const string Comparison = SiteKeys.Comparison;
    public const string ComparisonId = SiteKeys.ComparisonId;
    public const string Kind = "comparison";
    public const string Folder = Rendering.Comparisons.ComparisonData.Folder;

    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var id = Path.GetFileNameWithoutExtension(document.Source);
        if (!context.SiteData().Comparisons.TryGetValue(id, out var definition)) return null;
        return document.WithMany([
            new(Comparison, definition),
            new(ComparisonId, id),
            new(PositionIntroProblems.Location, IntroLocation.Find(document.Content, "intro")),
            new(SiteKeys.Title, definition.Title),
            new(SiteKeys.Description, definition.Description),
            new(SiteKeys.Kind, Kind),
            new(Keys.LayoutFallbacks, ImmutableArray.Create(Kind)),
        ]) with { Content = definition.Intro ?? "", Destination = PagePath(id) };
    }

    public static string PagePath(string id) => $"{Folder}/{id}/index.html";

    public static string Url(string id) => Rendering.Comparisons.ComparisonData.UrlOf(id);
}
