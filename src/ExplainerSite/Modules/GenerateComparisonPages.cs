using System.Collections.Immutable;
using ExplainerSite.Citations;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Rendering;
using ExplainerSite.Rendering.Comparisons;

namespace ExplainerSite.Modules;

/// <summary>
/// Turns each record of a collection with <c>role: comparisons</c> (one YAML file each) into the page
/// <c>/compare/ID/</c>: the bound record under <see cref="SiteKeys.Record"/>, its intro as the Markdown content,
/// and where that intro sits in the file. Other YAML files, and a file that did not bind, are dropped: the data
/// pipeline has already reported why.
/// </summary>
public sealed class GenerateComparisonPages : DocumentModule
{
    public const string Kind = "comparison";
    public const string Folder = ComparisonData.Folder;

    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var data = context.SiteData();
        var collection = data.WithRole(CollectionRole.Comparisons).FirstOrDefault(c => CollectSiteData.Holds(c, document.Source));
        var record = collection is null ? null : data.RecordsOf(collection.Name).FirstOrDefault(r => r.File == document.Source);
        if (record is null) return null;
        return document.WithMany([
            new(SiteKeys.Record, record),
            new(SiteKeys.Collection, collection!.Name),
            new(PositionIntroProblems.Location, IntroLocation.Find(document.Content, ComparisonFields.Intro)),
            new(SiteKeys.Title, record.Values.Text(ComparisonFields.Title)),
            new(SiteKeys.Description, record.Values.Text(ComparisonFields.Description)),
            new(SiteKeys.Kind, Kind),
            new(Keys.LayoutFallbacks, ImmutableArray.Create(collection.Pages?.Layout ?? Kind)),
        ]) with { Content = record.Values.Text(ComparisonFields.Intro) ?? "", Destination = PagePath(record.Id) };
    }

    public static string PagePath(string id) => $"{Folder}/{id}/index.html";

    public static string Url(string id) => ComparisonData.UrlOf(id);
}
