using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Control;

/// <summary>
/// Gives each document a pretty-URL destination: <c>explainers/foo.md</c> becomes <c>explainers/foo/index.html</c>
/// and <c>foo/index.md</c> becomes <c>foo/index.html</c>. A <c>slug</c> in the front matter replaces the file name;
/// a slug that would leave the output folder is an error. With a <paramref name="permalink"/> (taken from the
/// context, e.g. a site setting), the slug goes into its pattern instead: <c>/pages/:slug/</c> sends
/// <c>explainers/foo.md</c> to <c>pages/foo/index.html</c>.
/// </summary>
public sealed class SetDestination(Func<IExecutionContext, Permalink>? permalink = null, string extension = ".html") : DocumentModule
{
    /// <summary>Metadata key of a slug that replaces the file name in the destination.</summary>
    public const string Slug = "slug";

    /// <summary>Writes each document as <c>NAME/index</c> plus <paramref name="extension"/>.</summary>
    public SetDestination(string extension) : this(null, extension) { }

    /// <inheritdoc/>
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var slug = SlugOf(document);
        var destination = permalink is null
            ? For(document.Source, slug, extension)
            : permalink(context).DestinationOf(slug ?? Path.GetFileNameWithoutExtension(document.Source), extension);
        return document with { Destination = destination };
    }

    private static string? SlugOf(Document document)
    {
        var front = document.Get<OrderedDictionary<string, object?>>(Keys.FrontMatter);
        if (front is null || !front.TryGetValue(Slug, out var value) || value is null) return null;
        var slug = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (slug.Length == 0 || slug.Contains('/') || slug.Contains('\\') || slug is "." or ".." || slug.Contains(':'))
            throw EngineErrors.DestinationOutsideOutput.Exception(document.Source, document.Get<int>(Keys.FrontMatterLine), 1, slug);
        return slug;
    }

    /// <summary>
    /// The destination of <paramref name="source"/>: <c>a/b.md</c> → <c>a/b/index.html</c>, <c>index.md</c> →
    /// <c>index.html</c>.
    /// </summary>
    public static string For(string source, string? slug = null, string extension = ".html")
    {
        var dir = Path.GetDirectoryName(source)?.Replace('\\', '/') ?? "";
        var name = Path.GetFileNameWithoutExtension(source);
        var prefix = dir.Length == 0 ? "" : dir + "/";
        if (slug is null && name == "index") return prefix + "index" + extension;
        return prefix + (slug ?? name) + "/index" + extension;
    }
}
