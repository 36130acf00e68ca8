using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;
using Pipework.Pipelines;

namespace Pipework.Analyzers;

/// <summary>
/// Finds where a link was written, so its error points at the line to fix: the page's own source file first,
/// then the theme templates and data files (a link there breaks every page that shows it, so it is reported
/// once, with the number of pages). A link found nowhere is reported on the page's source, naming the page.
/// </summary>
internal sealed partial class LinkLocator(EngineSettings settings, IReadOnlyList<(SourceRoot Root, string Glob)> searchFiles)
{
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
    private List<(string Display, string Path)>? _shared;

    public IEnumerable<Diagnostic> Locate(IEnumerable<CheckLinks.Problem> problems)
    {
        var grouped = new Dictionary<(DiagnosticDescriptor, string Href, string File, int Line, int Column), List<CheckLinks.Problem>>();
        foreach (var problem in problems)
        {
            var (display, path) = OwnSource(problem.Page);
            if (path is not null && Find(path, problem.Href) is var (line, column, written) && line > 0)
            {
                yield return Create(problem, display, line, column, problem.Page.Url, written ?? problem.Href);
                continue;
            }
            var shared = SharedFiles().Select(f => (f.Display, Position: Find(f.Path, problem.Href))).FirstOrDefault(f => f.Position.Line > 0);
            if (shared.Display is not null)
            {
                var key = (problem.Descriptor, problem.Href, shared.Display, shared.Position.Line, shared.Position.Column);
                if (!grouped.TryGetValue(key, out var list)) grouped[key] = list = [];
                list.Add(problem with { Written = shared.Position.Written });
                continue;
            }
            yield return Create(problem, problem.Page.Source, 0, 0, problem.Page.Url, problem.Href);
        }
        foreach (var ((_, _, file, line, column), list) in grouped)
        {
            var urls = list.Select(p => p.Page.Url).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var pages = urls.Count == 1 ? urls[0] : $"{urls.Count} pages (e.g. {urls[0]})";
            yield return Create(list[0], file, line, column, pages, list[0].Written ?? list[0].Href);
        }
    }

    /// <param name="written">The href as the source writes it (before base path and content-hash names were applied).</param>
    /// <param name="problem">What is wrong with the link.</param>
    /// <param name="file">The file that wrote the href.</param>
    /// <param name="line">Its line.</param>
    /// <param name="column">Its column.</param>
    /// <param name="pages">Which pages have the link ("3 pages (e.g. /)").</param>
    private static Diagnostic Create(CheckLinks.Problem problem, string file, int line, int column, string pages, string written)
    {
        var args = problem.Args.Select(a => a is string text && text == problem.Href ? written : a).ToArray();
        args[1] = pages;
        // The missing-asset text names the kind first, so its page goes in third place.
        if (problem.Descriptor == LinkErrors.MissingAsset) (args[1], args[2]) = (problem.Args[1], pages);
        return problem.Descriptor.At(file, line, column, args);
    }

    private (string Display, string? Path) OwnSource(Document page)
    {
        var display = page.Source.Split('#')[0];
        if (page.SourceFile is not null) return (display, page.SourceFile);
        var candidate = display.StartsWith("theme/", StringComparison.Ordinal)
            ? Path.Combine(settings.ThemeRoot, display["theme/".Length..])
            : Path.Combine(settings.InputRoot, display);
        return OutputFolder.IsSafeRelativePath(display) && File.Exists(candidate) ? (display, candidate) : (display, null);
    }

    private List<(string Display, string Path)> SharedFiles() => _shared ??= [.. searchFiles.SelectMany(s =>
    {
        var root = s.Root == SourceRoot.Theme ? settings.ThemeRoot : settings.InputRoot;
        var prefix = s.Root == SourceRoot.Theme ? "theme/" : "";
        return ReadFiles.Find(root, [s.Glob], null).Select(f => (prefix + f, Path.Combine(root, f)));
    })];

    /// <summary>
    /// 1-based line and column of the first place <paramref name="href"/> is written as a whole link, and the text
    /// written there; (0, 0, null) if nowhere. The final HTML may hold the href under the base path or with an
    /// asset's content-hash name, so the href as written before those rewrites is looked for too.
    /// </summary>
    private (int Line, int Column, string? Written) Find(string path, string href)
    {
        if (!_texts.TryGetValue(path, out var text))
        {
            try { text = new FileInfo(path).Length > 50_000_000 ? null : TextFile.NormalizeNewlines(File.ReadAllText(path)); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { text = null; }
            _texts[path] = text;
        }
        if (text is null) return (0, 0, null);
        foreach (var candidate in AsWritten(href))
        {
            for (var at = text.IndexOf(candidate, StringComparison.Ordinal); at >= 0; at = text.IndexOf(candidate, at + 1, StringComparison.Ordinal))
            {
                var end = at + candidate.Length;
                var before = at == 0 ? ' ' : text[at - 1];
                var after = end >= text.Length ? ' ' : text[end];
                if (!IsDelimiter(before) || !IsDelimiter(after)) continue;
                var line = 1 + text.AsSpan(0, at).Count('\n');
                var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
                return (line, column, candidate);
            }
        }
        return (0, 0, null);
    }

    /// <summary>The forms an href may be written in, most literal first.</summary>
    private IEnumerable<string> AsWritten(string href)
    {
        var forms = new List<string> { href, Unescape(href), href.Replace("&", "&amp;", StringComparison.Ordinal) };
        var root = "/" + settings.BasePath.Trim('/');
        if (root != "/" && href.StartsWith(root + "/", StringComparison.Ordinal)) forms.Add(href[root.Length..]);
        foreach (var form in forms.ToList())
            if (ContentHash().Replace(form, "") is var plain && plain != form) forms.Add(plain);
        return forms.Distinct(StringComparer.Ordinal);
    }

    /// <summary>A content-hash name: "site.3f2a9c1b4d.css" was written "site.css".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\.[0-9a-f]{10}(?=\.[A-Za-z0-9]+(?:[?#]|$))")]
    private static partial System.Text.RegularExpressions.Regex ContentHash();

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>' or '"' or '\'' or '[' or ']' or '=' or ':' or ',';

    private static string Unescape(string text)
    {
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }
}
