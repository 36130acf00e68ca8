using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ExplainerSite.Tests.Publishing;

/// <summary>The HTML pages of a built output, parsed, with their site URL ("/explainers/foo/").</summary>
internal static class OutputPages
{
    public sealed record Page(string Url, string File, IDocument Html);

    public static List<Page> All(string output)
    {
        var parser = new HtmlParser();
        return [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new Page(Pipework.Documents.Document.UrlOf(f), f, parser.ParseDocument(File.ReadAllText(Path.Combine(output, f)))))];
    }

    public static string? Meta(this IDocument html, string property) =>
        html.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    /// <summary>Every explainer's slug with its front-matter dates, read straight from input/explainers/*.md.</summary>
    public static List<(string Slug, string Published, string? Updated)> ExplainerDates(string input) =>
        [.. Directory.EnumerateFiles(Path.Combine(input, "explainers"), "*.md")
            .Where(f => Path.GetFileName(f) != "index.md")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), FrontValue(f, "published")!, FrontValue(f, "updated")))];

    private static string? FrontValue(string file, string key) =>
        File.ReadLines(file).Skip(1).TakeWhile(l => l != "---")
            .Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => l[(key.Length + 1)..].Trim().Trim('"', '\''))
            .FirstOrDefault();
}
