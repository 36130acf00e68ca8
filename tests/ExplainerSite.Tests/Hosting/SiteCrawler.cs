using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipework.Finalize;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// Crawls a site served by <see cref="StaticHost"/> from its home page, the way a reader's browser would load
/// it (no JavaScript): every link, stylesheet, script, image and meta refresh of every page, the <c>url()</c>s of
/// style sheets, the entries of the Atom feed, and every <c>#anchor</c> against the ids of its target page.
/// Absolute links to the site's own address are followed on the local server. Every problem is collected:
/// a link that is not 200 (a redirect counts: our links name pages exactly), one outside the base path, or
/// an anchor with no element of that id.
/// </summary>
public sealed class SiteCrawler(string origin, string basePath, string siteUrl, Func<string, bool>? ignore = null)
{
    private const int MaxResources = 5000;

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<string, Fetched> _fetched = new(StringComparer.Ordinal);
    private readonly List<(string From, string Url, string Fragment)> _anchors = [];
    private readonly SortedSet<string> _problems = new(StringComparer.Ordinal);
    private readonly Queue<(string From, string Url)> _queue = new();

    private sealed record Fetched(HttpStatusCode Status, string? ContentType, string? Body, HashSet<string>? Ids);

    /// <summary>Site paths (below the base path) of the HTML pages that were reached.</summary>
    public SortedSet<string> Pages { get; } = new(StringComparer.Ordinal);

    public int ExternalLinks { get; private set; }

    /// <summary>Crawls from the home page, then checks the extra URLs (e.g. robots.txt, the sitemap); returns every problem.</summary>
    public async Task<IReadOnlyCollection<string>> CrawlAsync(params string[] alsoCheck)
    {
        Enqueue("(start)", origin + basePath);
        foreach (var extra in alsoCheck) Enqueue("(start)", origin + basePath + extra);
        while (_queue.Count > 0 && _fetched.Count < MaxResources)
        {
            var (from, url) = _queue.Dequeue();
            if (_fetched.ContainsKey(url)) continue;
            var fetched = await FetchAsync(url);
            _fetched[url] = fetched;
            if (fetched.Status != HttpStatusCode.OK)
            {
                _problems.Add($"{Show(url)} answers {(int)fetched.Status} (linked from {Show(from)})");
                continue;
            }
            Read(url, fetched);
        }
        foreach (var (from, url, fragment) in _anchors)
        {
            if (!_fetched.TryGetValue(url, out var target) || target.Status != HttpStatusCode.OK) continue;
            if (target.Ids is null)
                _problems.Add($"{Show(from)} links to #{fragment} in {Show(url)}, which is not a page");
            else if (!target.Ids.Contains(Uri.UnescapeDataString(fragment)))
                _problems.Add($"{Show(from)} links to #{fragment} on {Show(url)}, which has no such id");
        }
        return _problems;
    }

    private async Task<Fetched> FetchAsync(string url)
    {
        using var response = await _http.GetAsync(url);
        var type = response.Content.Headers.ContentType?.MediaType;
        var text = type is not null && (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal) || type == "application/json")
            ? await response.Content.ReadAsStringAsync()
            : null;
        HashSet<string>? ids = null;
        if (type == "text/html" && text is not null && response.StatusCode == HttpStatusCode.OK)
        {
            var document = _parser.ParseDocument(text);
            ids = [.. document.All.Select(e => e.Id).OfType<string>(), .. document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")!)];
        }
        return new Fetched(response.StatusCode, type, text, ids);
    }

    private void Read(string url, Fetched fetched)
    {
        if (fetched.Body is null) return;
        switch (fetched.ContentType)
        {
            case "text/html":
                Pages.Add(new Uri(url).AbsolutePath[(basePath.Length - 1)..]);
                foreach (var reference in HtmlReferences(_parser.ParseDocument(fetched.Body)))
                    Follow(url, reference);
                break;
            case "text/css":
                CssUrls.Instance.Rewrite(fetched.Body, reference =>
                {
                    Follow(url, reference);
                    return null;
                });
                break;
            case "application/xml":
                foreach (var reference in XmlReferences(fetched.Body))
                    Follow(url, reference);
                break;
            case "text/plain":
                RobotsUrls.Instance.Rewrite(fetched.Body, reference =>
                {
                    if (reference.Contains("://", StringComparison.Ordinal)) Follow(url, reference);
                    return null;
                });
                break;
        }
    }

    private static IEnumerable<string> HtmlReferences(IDocument document)
    {
        foreach (var element in document.All)
        {
            foreach (var name in new[] { "href", "src", "poster", "action", "data" })
                if (element.GetAttribute(name) is { Length: > 0 } value && !(element.LocalName == "link" && element.GetAttribute("rel") is "preconnect" or "dns-prefetch"))
                    yield return value.Trim();
            foreach (var name in new[] { "srcset", "imagesrcset" })
                if (element.GetAttribute(name) is { Length: > 0 } set)
                    foreach (var candidate in set.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        yield return candidate.Split(' ')[0];
            if (element.LocalName == "meta" && element.GetAttribute("http-equiv")?.Equals("refresh", StringComparison.OrdinalIgnoreCase) == true
                && element.GetAttribute("content") is { } content && content.IndexOf("url=", StringComparison.OrdinalIgnoreCase) is var at and >= 0)
                yield return content[(at + 4)..].Trim().Trim('\'', '"');
            if (element.LocalName == "meta" && element.GetAttribute("property") is "og:url" or "og:image" && element.GetAttribute("content") is { } og)
                yield return og;
        }
    }

    private static IEnumerable<string> XmlReferences(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("href") is { } href) yield return href.Value;
            if (element.Name.LocalName is "loc" or "uri") yield return element.Value.Trim();
        }
    }

    private void Follow(string from, string reference)
    {
        if (reference.Length == 0 || reference.StartsWith("mailto:", StringComparison.Ordinal) || reference.StartsWith("tel:", StringComparison.Ordinal)) return;
        if (reference.StartsWith(siteUrl + "/", StringComparison.Ordinal) || reference == siteUrl)
            reference = origin + reference[siteUrl.Length..];
        if (!Uri.TryCreate(new Uri(from), reference, out var resolved))
        {
            _problems.Add($"{Show(from)} has a link that is not a URL: {reference}");
            return;
        }
        if (resolved.Scheme is not ("http" or "https")) return;
        if (!resolved.GetLeftPart(UriPartial.Authority).Equals(origin, StringComparison.OrdinalIgnoreCase))
        {
            ExternalLinks++;
            return;
        }
        if (!resolved.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
        {
            _problems.Add($"{Show(from)} links to {resolved.AbsolutePath}, outside the base path {basePath}");
            return;
        }
        var url = resolved.GetLeftPart(UriPartial.Query);
        if (ignore?.Invoke(resolved.AbsolutePath[(basePath.Length - 1)..]) == true) return;
        if (resolved.Fragment.Length > 1) _anchors.Add((from, url, resolved.Fragment[1..]));
        Enqueue(from, url);
    }

    private void Enqueue(string from, string url)
    {
        if (!_fetched.ContainsKey(url)) _queue.Enqueue((from, url));
    }

    private string Show(string url) => url.StartsWith(origin, StringComparison.Ordinal) ? url[origin.Length..] : url;
}
