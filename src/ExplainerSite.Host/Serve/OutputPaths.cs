namespace Pipework.Host.Serve;

public enum LookupKind { File, Redirect, Missing }

/// <summary>The answer for one request path: a file to send, a redirect (a folder without its '/'), or nothing.</summary>
public sealed record OutputLookup(LookupKind Kind, string SitePath, string? FilePath = null, string? Location = null)
{
    public bool IsPage => Kind == LookupKind.Missing || FilePath?.EndsWith(".html", StringComparison.Ordinal) == true;
}

/// <summary>
/// The one place that maps a request's URL path to the output folder and back. Documents know their site path
/// ("/explainers/foo/"); a request path is that path below <see cref="BasePath"/>. "/a/" serves a/index.html,
/// "/a" redirects to "/a/" when a/ is a folder, and nothing outside the output folder or hidden (".name") is served.
/// Under a base path "/sub/" (<c>serve --base-path</c>), "/" and "/sub" redirect to "/sub/"; other paths outside it are missing.
/// </summary>
public sealed class OutputPaths(string outputRoot, string basePath = "/")
{
    private readonly string _root = Path.GetFullPath(outputRoot);

    /// <summary>"/" or "/sub/": the path the site is published under.</summary>
    public string BasePath { get; } = basePath.Trim('/') is { Length: > 0 } inner ? "/" + inner + "/" : "/";

    /// <summary>The site path of a request path, or null when the request is outside the base path.</summary>
    public string? SitePath(string requestPath)
    {
        if (requestPath.Length == 0) requestPath = "/";
        if (BasePath == "/") return requestPath;
        var prefix = BasePath.TrimEnd('/');
        if (requestPath == prefix) return "/";
        return requestPath.StartsWith(BasePath, StringComparison.Ordinal) ? requestPath[prefix.Length..] : null;
    }

    /// <summary>The request path that shows the document at <paramref name="sitePath"/>.</summary>
    public string RequestPath(string sitePath) => BasePath.TrimEnd('/') + sitePath;

    public OutputLookup Resolve(string requestPath)
    {
        // Under a base path the server's root holds nothing else: send it to the site, as a host's sub-path would.
        if (BasePath != "/" && requestPath is "" or "/") return new(LookupKind.Redirect, "/", Location: BasePath);
        var sitePath = SitePath(requestPath);
        if (sitePath is null) return new(LookupKind.Missing, requestPath);
        if (BasePath != "/" && requestPath == BasePath.TrimEnd('/')) return new(LookupKind.Redirect, "/", Location: BasePath);
        var segments = sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.') || s.Contains('\\') || s.Contains(':') || s.Contains('\0')))
            return new(LookupKind.Missing, sitePath);
        var relative = Path.Combine(segments);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return new(LookupKind.Missing, sitePath);
        if (sitePath.EndsWith('/'))
        {
            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? new(LookupKind.File, sitePath, index) : new(LookupKind.Missing, sitePath);
        }
        if (File.Exists(full)) return new(LookupKind.File, sitePath, full);
        if (File.Exists(Path.Combine(full, "index.html"))) return new(LookupKind.Redirect, sitePath, Location: RequestPath(sitePath + "/"));
        return new(LookupKind.Missing, sitePath);
    }

    /// <summary>The file served for missing pages, if the site has one (404.html at the output root).</summary>
    public string? NotFoundPage => File.Exists(Path.Combine(_root, "404.html")) ? Path.Combine(_root, "404.html") : null;
}
