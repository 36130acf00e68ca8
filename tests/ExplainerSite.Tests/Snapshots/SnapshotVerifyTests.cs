using System.Runtime.CompilerServices;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>The single-file snapshot helper, run against a temp folder so nothing is written into the repo.</summary>
public sealed class SnapshotVerifyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SnapshotStore Store(SnapshotMode mode) => new(_temp.Combine("Snapshots"), mode, "SomeTest");

    private string VerifiedPath(string name, string ext = "txt") => _temp.Combine("Snapshots", $"{name}.verified.{ext}");
    private string ReceivedPath(string name, string ext = "txt") => _temp.Combine("Snapshots", $"{name}.received.{ext}");

    [Fact]
    public void Matching_text_passes_and_deletes_a_stale_received_file()
    {
        _temp.Write("Snapshots/Page.verified.html", "<p>same</p>\n");
        _temp.Write("Snapshots/Page.received.html", "<p>old failure</p>\n");

        Store(SnapshotMode.Compare).Verify("Page", "<p>same</p>\n", "html");

        Assert.False(File.Exists(ReceivedPath("Page", "html")));
    }

    [Fact]
    public void Mismatch_writes_the_received_file_and_fails_with_minus_and_plus_lines()
    {
        _temp.Write("Snapshots/Page.verified.txt", "first\nold line\nlast\n");

        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Compare).Verify("Page", "first\nnew line\nlast\n"));

        Assert.Equal("first\nnew line\nlast\n", File.ReadAllText(ReceivedPath("Page")));
        Assert.Equal("first\nold line\nlast\n", File.ReadAllText(VerifiedPath("Page")));
        Assert.Contains("\n-old line\n", ex.Message);
        Assert.Contains("\n+new line\n", ex.Message);
        Assert.Contains("changed ", ex.Message);
        Assert.Contains("ACCEPT_SNAPSHOTS=1 dotnet test ExplainerSite.sln --filter \"FullyQualifiedName~SomeTest\"", ex.Message);
        Assert.Contains($"mv '{ReceivedPath("Page")}' '{VerifiedPath("Page")}'", ex.Message);
    }

    [Fact]
    public void Missing_verified_file_fails_and_is_not_created()
    {
        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Compare).Verify("New", "content\n"));

        Assert.False(File.Exists(VerifiedPath("New")));
        Assert.True(File.Exists(ReceivedPath("New")));
        Assert.Contains("missing ", ex.Message);
        Assert.Contains("+content", ex.Message);
    }

    [Fact]
    public void Accepting_writes_the_verified_file_as_utf8_without_bom_and_passes()
    {
        _temp.Write("Snapshots/Page.received.txt", "stale\n");

        Store(SnapshotMode.Accepting).Verify("Page", "é ✓\n");

        Assert.Equal("é ✓\n"u8.ToArray(), File.ReadAllBytes(VerifiedPath("Page")));
        Assert.False(File.Exists(ReceivedPath("Page")));
    }

    [Fact]
    public void Accepting_overwrites_a_different_verified_file()
    {
        _temp.Write("Snapshots/Page.verified.txt", "old\n");

        Store(SnapshotMode.Accepting).Verify("Page", "new\n");

        Assert.Equal("new\n", File.ReadAllText(VerifiedPath("Page")));
    }

    [Fact]
    public void Accept_request_on_CI_only_compares_and_says_why()
    {
        var mode = SnapshotMode.From(acceptSnapshots: "1", ci: "true");

        var ex = Assert.Throws<SnapshotException>(() => Store(mode).Verify("New", "content\n"));

        Assert.False(File.Exists(VerifiedPath("New")));
        Assert.Contains("ACCEPT_SNAPSHOTS=1 is ignored because CI=true", ex.Message);
    }

    [Theory]
    [InlineData(null, null, false, false)]
    [InlineData("1", null, true, false)]
    [InlineData("1", "", true, false)]
    [InlineData("1", "false", true, false)]
    [InlineData("1", "true", false, true)]
    [InlineData("1", "TRUE", false, true)]
    [InlineData("1", "1", false, true)]
    [InlineData("0", null, false, false)]
    [InlineData("true", null, false, false)]
    public void Mode_accepts_only_with_ACCEPT_SNAPSHOTS_1_outside_CI(string? accept, string? ci, bool accepts, bool ignoredOnCi)
    {
        Assert.Equal(new SnapshotMode(accepts, ignoredOnCi), SnapshotMode.From(accept, ci));
    }

    [Theory]
    [InlineData("line\r\n", "contains '\\r' (line 1)")]
    [InlineData("\uFEFFline\n", "starts with a byte-order mark")]
    public void Text_with_a_carriage_return_or_BOM_fails_even_when_accepting(string actual, string problem)
    {
        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Accepting).Verify("Bad", actual));

        Assert.Contains(problem, ex.Message);
        Assert.False(File.Exists(VerifiedPath("Bad")));
    }

    [Fact]
    public void Verified_file_with_a_BOM_does_not_match_and_the_report_says_so()
    {
        _temp.WriteBytes("Snapshots/Page.verified.txt", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n']);

        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Compare).Verify("Page", "a\n"));

        Assert.Contains("the verified file starts with a BOM", ex.Message);
    }

    [Fact]
    public void Long_diffs_are_capped()
    {
        var lines = Enumerable.Range(0, 500).Select(i => $"line {i}").ToList();
        _temp.Write("Snapshots/Long.verified.txt", string.Join("\n", lines) + "\n");
        var changed = string.Join("\n", lines.Select(l => l + " changed")) + "\n";

        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Compare).Verify("Long", changed));

        Assert.Contains("more diff lines for Snapshots/Long.verified.txt", ex.Message);
        Assert.True(ex.Message.Split('\n').Length < SnapshotReport.MaxLinesPerDiff + 20, "the message should stay short");
        Assert.Equal(changed, File.ReadAllText(ReceivedPath("Long")));
    }

    [Theory]
    [InlineData("../Escape")]
    [InlineData("sub/Name")]
    [InlineData("")]
    public void Names_that_are_not_plain_file_names_are_rejected(string name)
    {
        Assert.Throws<ArgumentException>(() => Store(SnapshotMode.Accepting).Verify(name, "x\n"));
    }

    [Fact]
    public void Test_project_folder_is_found_from_the_calling_source_file()
    {
        var thisFile = SourceFile();

        var folder = TestProjectFolder.Find(thisFile);

        Assert.Equal(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)), folder);
        Assert.True(File.Exists(Path.Combine(folder, TestProjectFolder.ProjectFile)));
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
