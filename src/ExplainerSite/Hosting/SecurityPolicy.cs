using System.Runtime.CompilerServices;
using Pipework.Pipelines;

namespace ExplainerSite.Hosting;

/// <summary>
/// The site's one security-header policy. The build writes it as Netlify's <c>_headers</c> (<see cref="GenerateHeaders"/>:
/// a rule for every page it produced, so a new section needs no edit anywhere), the theme puts each page's
/// Content-Security-Policy into a <c>&lt;meta http-equiv&gt;</c> for hosts that cannot send headers (GitHub Pages),
/// and <see cref="CheckSecurityPolicy"/> fails the build when a page would go out without it.
/// </summary>
public static class SecurityPolicy
{
    /// <summary>
    /// Pages: only this site's own scripts, styles, images and fonts; no inline script or style (the theme has none),
    /// no plugins, no framing.
    /// </summary>
    public const string Page = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
        + "connect-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; upgrade-insecure-requests";

    /// <summary>
    /// The search page runs Pagefind, which compiles WebAssembly (<c>'wasm-unsafe-eval'</c>, here only), starts its own
    /// worker and shows icons from <c>data:</c> URLs in its style sheet.
    /// </summary>
    public const string Search = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
        + "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; media-src 'self'; "
        + "object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
        + "upgrade-insecure-requests";

    /// <summary>Pages whose policy is not <see cref="Page"/>, by URL (before any base path).</summary>
    public static IReadOnlyDictionary<string, string> PagePolicies { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["/search/"] = Search };

    /// <summary>Pages are always revalidated, so a new build shows at once.</summary>
    public const string PageCacheControl = "public, max-age=0, must-revalidate";

    /// <summary>Every file under /assets/ is named by its content hash: cached for a year, never revalidated.</summary>
    public const string AssetCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Every response: HTTPS only, no MIME sniffing, no framing, a short referrer, no powerful features.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> EveryResponse { get; } =
    [
        new("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=(), usb=()"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    /// <summary>
    /// True when the theme writes the policy (a template reads <c>site.csp</c>): then the build writes <c>_headers</c>
    /// and checks every page (ES2205). A theme that never asks for it (a minimal theme of docs/theme.md) gets
    /// neither, so its site's output is only what it implies. Computed once per build.
    /// </summary>
    public static bool IsUsedBy(IExecutionContext context) =>
        context.Shared(nameof(SecurityPolicy), () => new StrongBox<bool>(ThemeReadsPolicy(context.Settings.ThemeRoot))).Value;

    private static bool ThemeReadsPolicy(string themeRoot) =>
        Directory.Exists(themeRoot)
        && Directory.EnumerateFiles(themeRoot, "*.liquid", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("site.csp", StringComparison.Ordinal));

    /// <summary>The Content-Security-Policy of the page at <paramref name="url"/> (a site path: <c>/about/</c>).</summary>
    public static string For(string url) => PagePolicies.TryGetValue(url, out var policy) ? policy : Page;

    /// <summary>
    /// The policy as a <c>&lt;meta http-equiv&gt;</c> may carry it: without the directives the CSP specification ignores
    /// there (<c>frame-ancestors</c>, <c>report-uri</c>, <c>report-to</c>, <c>sandbox</c>), which only a header can set.
    /// </summary>
    public static string ForMeta(string policy) =>
        string.Join("; ", policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(d => d.Split(' ')[0] is not ("frame-ancestors" or "report-uri" or "report-to" or "sandbox")));

    /// <summary>
    /// What templates read as <c>site.csp</c>, in meta form: <c>page</c>, the policy of most pages, and <c>pages</c>,
    /// a list of <c>url</c> and <c>policy</c> for <see cref="PagePolicies"/>.
    /// </summary>
    public static Dictionary<string, object?> TemplateValues() => new(StringComparer.Ordinal)
    {
        ["page"] = ForMeta(Page),
        ["pages"] = PagePolicies.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["url"] = p.Key,
                ["policy"] = ForMeta(p.Value),
            })
            .ToList(),
    };
}
