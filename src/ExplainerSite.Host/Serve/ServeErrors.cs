using Pipework.Diagnostics;

namespace Pipework.Host.Serve;

/// <summary>What the preview reports about itself rather than the content: both are warnings, the preview goes on.</summary>
public static class ServeErrors
{
    public static readonly DiagnosticDescriptor SearchUnavailable = new(
        "ES3010", "search is unavailable in this preview: {0}",
        "Every page still previews; the search page says search is unavailable. Install Node.js 18 or later for search, or pass --no-search.",
        Severity.Warning);
    public static readonly DiagnosticDescriptor IndexFailed = new(
        "ES3011", "the preview's search index was not updated: Pagefind failed (exit code {0}): {1}",
        "The previous index (if any) is still served; the next change tries again.",
        Severity.Warning);
}
