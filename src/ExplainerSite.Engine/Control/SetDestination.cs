using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;

namespace ExplainerSite.Engine.Control;

/// <summary>
/// Gives each document a pretty-URL destination: <c>explainers/foo.md</c> becomes <c>explainers/foo/index.html</c>
/// and <c>foo/index.md</c> becomes <c>foo/index.html</c>. A <c>slug</c> in the front matter replaces the file name;
/// a slug that would leave the output folder is an error.
/// </summary>
public sealed class SetDestination(string extension = ".html") : DocumentModule
{
    public const string Slug = "slug";

    protected override Document? Execute(Document document, IExecutionContext context) =>
        document with { Destination = For(document.Source, SlugOf(document), extension) };

    private static string? SlugOf(Document document)
    {
        var front = document.Get<OrderedDictionary<string, object?>>(Keys.FrontMatter);
        if (front is null || !front.TryGetValue(Slug, out var value) || value is null) return null;
        var slug = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (slug.Length == 0 || slug.Contains('/') || slug.Contains('\\') || slug is "." or ".." || slug.Contains(':'))
            throw EngineErrors.DestinationOutsideOutput.Exception(document.Source, document.Get<int>(Keys.FrontMatterLine), 1, slug);
        return slug;
    }

    public static string For(string source, string? slug = null, string extension = ".html")
    {
        var dir = Path.GetDirectoryName(source)?.Replace('\\', '/') ?? "";
        var name = Path.GetFileNameWithoutExtension(source);
        var prefix = dir.Length == 0 ? "" : dir + "/";
        if (slug is null && name == "index") return prefix + "index" + extension;
        return prefix + (slug ?? name) + "/index" + extension;
    }
}
