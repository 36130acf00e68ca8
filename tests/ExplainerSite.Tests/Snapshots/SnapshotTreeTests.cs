using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>Whole-folder snapshots, run against a temp folder so nothing is written into the repo.</summary>
public sealed class SnapshotTreeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public SnapshotTreeTests()
    {
        _temp.Write("site/index.html", "<h1>Home</h1>\n");
        _temp.Write("site/assets/app.min.js", "let a = 1;\n");
        _temp.Write("site/assets/style.css", "body { color: black; }\n");
        _temp.WriteBytes("site/assets/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]);
    }

    public void Dispose() => _temp.Dispose();

    private string Site => _temp.Combine("site");

    private SnapshotStore Store(SnapshotMode mode) => new(_temp.Combine("Snapshots"), mode, "TreeTest");

    [Fact]
    public void Accepting_writes_a_sorted_manifest_and_one_snapshot_per_text_file()
    {
        Store(SnapshotMode.Accepting).VerifyTree("Site", Site);

        Assert.Equal(
            "assets/app.min.js\t11\t" + Sha256("let a = 1;\n") + "\n" +
            "assets/logo.png\t6\t" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF })) + "\n" +
            "assets/style.css\t23\t" + Sha256("body { color: black; }\n") + "\n" +
            "index.html\t14\t" + Sha256("<h1>Home</h1>\n") + "\n",
            File.ReadAllText(_temp.Combine("Snapshots", "Site.verified.tsv")));
        Assert.Equal("<h1>Home</h1>\n", File.ReadAllText(_temp.Combine("Snapshots", "Site", "index.verified.html")));
        Assert.Equal("let a = 1;\n", File.ReadAllText(_temp.Combine("Snapshots", "Site", "assets", "app.min.verified.js")));
        Assert.True(File.Exists(_temp.Combine("Snapshots", "Site", "assets", "style.verified.css")));
        Assert.Equal(3, Directory.GetFiles(_temp.Combine("Snapshots", "Site"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Unchanged_tree_passes()
    {
        Store(SnapshotMode.Accepting).VerifyTree("Site", Site);

        Store(SnapshotMode.Compare).VerifyTree("Site", Site);
    }

    [Fact]
    public void All_mismatches_are_reported_together_files_first_then_diffs()
    {
        Store(SnapshotMode.Accepting).VerifyTree("Site", Site);
        _temp.Write("site/index.html", "<h1>Welcome</h1>\n");
        _temp.Write("site/assets/style.css", "body { color: red; }\n");
        _temp.WriteBytes("site/assets/logo.png", [1, 2, 3]);

        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Compare).VerifyTree("Site", Site));

        var message = ex.Message;
        Assert.Contains("3 files do not match", message);
        var list = message[..message.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.Contains("changed Snapshots/Site.verified.tsv", list);
        Assert.Contains("changed Snapshots/Site/index.verified.html", list);
        Assert.Contains("changed Snapshots/Site/assets/style.verified.css", list);
        Assert.Contains("-<h1>Home</h1>", message);
        Assert.Contains("+<h1>Welcome</h1>", message);
        Assert.Contains("-body { color: black; }", message);
        Assert.Contains("+body { color: red; }", message);
        Assert.Contains("+assets/logo.png\t3\t", message);
        Assert.Equal("<h1>Welcome</h1>\n", File.ReadAllText(_temp.Combine("Snapshots", "Site", "index.received.html")));
        Assert.True(File.Exists(_temp.Combine("Snapshots", "Site.received.tsv")));
        Assert.Equal("<h1>Home</h1>\n", File.ReadAllText(_temp.Combine("Snapshots", "Site", "index.verified.html")));
    }

    [Fact]
    public void Missing_verified_tree_fails_without_creating_anything_verified()
    {
        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Compare).VerifyTree("Site", Site));

        Assert.Contains("missing Snapshots/Site.verified.tsv", ex.Message);
        Assert.Contains("missing Snapshots/Site/index.verified.html", ex.Message);
        Assert.Empty(Directory.GetFiles(_temp.Combine("Snapshots"), "*.verified.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Passing_tree_deletes_received_files_of_an_earlier_failure()
    {
        Store(SnapshotMode.Accepting).VerifyTree("Site", Site);
        _temp.Write("Snapshots/Site/index.received.html", "old failure\n");
        _temp.Write("Snapshots/Site/gone.received.html", "old failure of a file that no longer exists\n");
        _temp.Write("Snapshots/Site.received.tsv", "old\n");

        Store(SnapshotMode.Compare).VerifyTree("Site", Site);

        Assert.Empty(Directory.GetFiles(_temp.Combine("Snapshots"), "*.received.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Snapshot_of_a_removed_output_file_is_stale_and_removed_when_accepting()
    {
        Store(SnapshotMode.Accepting).VerifyTree("Site", Site);
        File.Delete(_temp.Combine("site", "assets", "style.css"));

        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Compare).VerifyTree("Site", Site));
        Assert.Contains("stale   Snapshots/Site/assets/style.verified.css", ex.Message);

        Store(SnapshotMode.Accepting).VerifyTree("Site", Site);
        Assert.False(File.Exists(_temp.Combine("Snapshots", "Site", "assets", "style.verified.css")));
        Store(SnapshotMode.Compare).VerifyTree("Site", Site);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n' }, "index.html starts with a UTF-8 byte-order mark")]
    [InlineData(new byte[] { (byte)'a', (byte)'\r', (byte)'\n' }, "index.html contains '\\r' (line 1)")]
    [InlineData(new byte[] { (byte)'a', 0xFF, (byte)'\n' }, "index.html is not valid UTF-8 (invalid byte at offset 1)")]
    public void Text_file_with_a_BOM_carriage_return_or_bad_UTF8_fails_even_when_accepting(byte[] bytes, string problem)
    {
        _temp.WriteBytes("site/index.html", bytes);

        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Accepting).VerifyTree("Site", Site));

        Assert.Contains("invalid Snapshots/Site/index.verified.html (" + problem, ex.Message);
        Assert.False(File.Exists(_temp.Combine("Snapshots", "Site", "index.verified.html")));
    }

    [Fact]
    public void Folder_that_does_not_exist_fails()
    {
        var ex = Assert.Throws<SnapshotException>(() => Store(SnapshotMode.Accepting).VerifyTree("Site", _temp.Combine("nope")));

        Assert.Contains("does not exist", ex.Message);
    }

    [Theory]
    [InlineData("index.html", "index.verified.html")]
    [InlineData("a/b/app.min.js", "a/b/app.min.verified.js")]
    [InlineData("site.webmanifest", "site.verified.webmanifest")]
    public void Text_file_snapshot_names_insert_verified_before_the_last_extension(string output, string snapshot)
    {
        Assert.Equal(Path.Combine("T", snapshot.Replace('/', Path.DirectorySeparatorChar)), SnapshotTree.SnapshotPath("T", output, "verified"));
    }

    [Theory]
    [InlineData("index.html", true)]
    [InlineData("feed.XML", true)]
    [InlineData("logo.png", false)]
    [InlineData("CNAME", false)]
    [InlineData(".nojekyll", false)]
    public void Only_known_text_extensions_get_a_snapshot_per_file(string path, bool isText)
    {
        Assert.Equal(isText, SnapshotTree.IsText(path));
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
