using ExplainerSite.Publishing;

namespace ExplainerSite.Tests.Publishing;

/// <summary>A test that runs Node.js (Pagefind); skipped, with the reason, where no 'node' is on PATH. CI installs Node.</summary>
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        if (ProcessRunner.FindOnPath("node") is null)
            Skip = "Node.js ('node') is not on PATH; the search index cannot be built here. Install Node.js 18+ to run this test.";
    }
}
