using Pipework.Diagnostics;

namespace Pipework.Host.Search;

/// <summary>Error texts of publishing: the site URL, and the search index and the tool that builds it.</summary>
public static class PublishingErrors
{
    public static readonly DiagnosticDescriptor InvalidSiteUrl = new(
        "ES2101", "site URL '{0}' is not an absolute http(s) address",
        "Give the address the site is served from, e.g. https://example.org or https://example.org/docs, without a query or '#'.");
    public static readonly DiagnosticDescriptor NodeNotFound = new(
        "ES2102", "the search index needs Node.js, but 'node' was not found on PATH",
        "Install Node.js 18 or later (https://nodejs.org/), or build without search: --no-search.");
    public static readonly DiagnosticDescriptor ToolsFolderNotFound = new(
        "ES2103", "cannot find tools/pagefind/package.json in or above '{0}'",
        "Run the build from the repository's folder, or build without search: --no-search.");
    public static readonly DiagnosticDescriptor NpmNotFound = new(
        "ES2104", "Pagefind is not installed in '{0}' and 'npm' was not found on PATH to install it",
        "Install Node.js with npm, or run 'npm ci --prefix tools/pagefind' once, or build without search: --no-search.");
    public static readonly DiagnosticDescriptor InstallFailed = new(
        "ES2105", "installing Pagefind with 'npm ci' failed (exit code {0}): {1}",
        "Check the network connection and tools/pagefind/package-lock.json, or build without search: --no-search.");
    public static readonly DiagnosticDescriptor IndexFailed = new(
        "ES2106", "Pagefind could not index the output (exit code {0}): {1}",
        "The previous output was left as it was. Build with --no-search to skip the search index.");
    public static readonly DiagnosticDescriptor IndexEmpty = new(
        "ES2107", "Pagefind indexed no pages",
        "Pages are indexed from their data-pagefind-body element; check the explainer and record layouts.");
}
