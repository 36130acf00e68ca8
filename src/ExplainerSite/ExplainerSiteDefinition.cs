using Pipework.Host.Cli;
using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite;

/// <summary>This site as the host runs it: <see cref="SiteBuilder"/>'s engine and the site's drafts.</summary>
public sealed class ExplainerSiteDefinition : ISiteDefinition
{
    public static readonly ExplainerSiteDefinition Instance = new();

    private ExplainerSiteDefinition() { }

    public string Description => "ExplainerSite: builds the export-controls explainer from input/ and theme/.";

    public SiteEngineBuilder ConfigureEngine(EngineSettings settings, BuildOptions options) => SiteBuilder.Configure(settings, options);

    public bool IsDraft(Document document) => Modules.FilterDrafts.IsDraft(document);

    public IReadOnlyList<ContentKind> ContentKinds { get; } = [Authoring.NewExplainer.Kind];

    public IReadOnlyDictionary<string, string> StarterSite => Authoring.StarterSite.Files;
}
