using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Host.Cli;

/// <summary>
/// What the host needs from a site to build, check and serve it: the engine for given folders and options, and a
/// few facts about its documents. The host never references a site; a site's program passes one of these to
/// <see cref="CliApp.RunAsync"/>.
/// </summary>
public interface ISiteDefinition
{
    /// <summary>One line for <c>--help</c>: what this program builds.</summary>
    string Description { get; }

    /// <summary>
    /// The engine's builder with the site's pipelines, analyzers, transforms, output steps and services; the host adds
    /// its own services (a link report, a render cache) before it builds the engine.
    /// </summary>
    SiteEngineBuilder ConfigureEngine(EngineSettings settings, BuildOptions options);

    /// <summary>True for a draft page (the preview server shows a banner on it).</summary>
    bool IsDraft(Document document);

    /// <summary>What <c>new KIND "Title"</c> can create; none by default.</summary>
    IReadOnlyList<ContentKind> ContentKinds => [];

    /// <summary>
    /// The files <c>new site DIR</c> writes (relative '/'-separated path → text): a small site of this kind that
    /// builds and passes <c>check --strict</c>; none by default (then there is no <c>new site</c>).
    /// </summary>
    IReadOnlyDictionary<string, string> StarterSite => new Dictionary<string, string>();
}
