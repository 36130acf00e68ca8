using System.Security.Cryptography;
using ExplainerSite.Tests.Snapshots;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Site;

/// <summary>The real site, built end to end: it succeeds, it is deterministic, and every output file is snapshotted.</summary>
public sealed class WholeSiteTests
{
    [Fact]
    public async Task Real_site_builds_without_errors_and_writes_a_page_per_explainer()
    {
        var output = await RealSite.OutputAsync();
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        foreach (var md in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "explainers"), "*.md").Where(f => Path.GetFileName(f) != "index.md"))
        {
            var slug = Path.GetFileNameWithoutExtension(md);
            Assert.True(File.Exists(Path.Combine(output, "explainers", slug, "index.html")), $"no page for {slug}");
        }
    }

    [Fact]
    public async Task Building_twice_gives_byte_identical_trees()
    {
        using var temp = new TempFolder();
        var first = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, temp.Combine("a"), RealSite.Options);
        var second = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, temp.Combine("b"), RealSite.Options);
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(Hashes(temp.Combine("a")), Hashes(temp.Combine("b")));
    }

    [Fact]
    public async Task Whole_output_matches_the_verified_snapshot()
    {
        Snapshot.VerifyTree("RealSite", await RealSite.OutputAsync());
    }

    [Fact]
    public async Task Output_text_files_are_utf8_without_bom_and_use_lf()
    {
        var output = await RealSite.OutputAsync();
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), $"{file} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    private static SortedDictionary<string, string> Hashes(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
