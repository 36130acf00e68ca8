namespace ExplainerSite.Names;

/// <summary>Metadata keys of this site's documents.</summary>
public static class SiteKeys
{
    /// <summary>The bound front matter record (<see cref="Model.ExplainerFrontMatter"/> or <see cref="Model.PageFrontMatter"/>).</summary>
    public const string Front = nameof(Front);
    /// <summary>What a page is: explainer, page, stakeholder, model, policy, comparison.</summary>
    public const string Kind = nameof(Kind);
    /// <summary>The data record a generated page shows (a <see cref="Model.DataRecord"/>).</summary>
    public const string Record = nameof(Record);
    /// <summary>The name of the collection the page's record belongs to.</summary>
    public const string Collection = nameof(Collection);
    public const string Title = nameof(Title);
    public const string Description = nameof(Description);
    /// <summary>The build's bound data, on the Data pipeline's one document.</summary>
    public const string SiteData = "SiteData";
}

/// <summary>Values of <see cref="SiteKeys.Kind"/> that code other than their module's looks for.</summary>
public static class PageKinds
{
    public const string NotFound = "notFound";
}

public static class PipelineNames
{
    public const string Data = nameof(Data);
    public const string Explainers = nameof(Explainers);
    public const string Pages = nameof(Pages);
    public const string Records = nameof(Records);
    public const string Comparisons = nameof(Comparisons);
    public const string Assets = nameof(Assets);
    public const string Feeds = nameof(Feeds);
    public const string Redirects = nameof(Redirects);
    public const string SocialCards = nameof(SocialCards);
}
