using Pipework.Diagnostics;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// Nothing outside input/ and theme/ is read (issue 13, "Leaks"): through the real command line, a link that
/// resolves outside its root — a file, a folder, a chain of links, a relative '..' link, a partial or a layout —
/// is ES0031 naming the link and its target, and layout and partial names that are paths are ES0013 (layouts) and
/// ES0016 (partials) at the name.
/// Each case asserts the exit code, the line as printed, and that the previous output is untouched.
/// </summary>
public sealed class ContainmentMatrixTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly EditorSite _site = new();
    private readonly string _outside = Directory.CreateTempSubdirectory("explainersite-outside-").FullName;

    public ContainmentMatrixTests()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "root:x:0:0:the build machine's secret\n");
        File.WriteAllText(Path.Combine(_outside, "page.md"), "---\ntitle: \"Outside\"\ndescription: \"d\"\n---\n\nSecret.\n");
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private string Secret => Path.Combine(_outside, "secret.txt");

    private async Task<Dictionary<string, string>> BuildGoodAsync()
    {
        var run = await _site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        return _site.SnapshotOutput();
    }

    private async Task<CliRun> BuildAsync() => await _site.BuildAsync().WaitAsync(Limit);

    private static string Outside(string file, string target, string root) =>
        $"{file}: error ES0031: " + EngineErrors.LinkOutsideRoot.Format(target, root);

    private void Link(string relative, string target)
    {
        var path = _site.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    [Theory]
    [InlineData("theme/assets/x.css", "theme")]
    [InlineData("input/assets/logo.png", "input")]
    [InlineData("input/explainers/third.md", "input")]
    [InlineData("input/notes.yml", "input")]
    [InlineData("theme/partials/footer.liquid", "theme")]
    [InlineData("theme/layouts/page.liquid", "theme")]
    public async Task A_file_link_out_of_its_root_is_ES0031_and_nothing_is_published(string file, string root)
    {
        var before = await BuildGoodAsync();
        Link(file, Secret);

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Outside(file, Secret, root), before, _site);
        Assert.DoesNotContain("the build machine's secret", run.Stderr + run.Stdout);
    }

    [Fact]
    public async Task A_markdown_page_linked_from_elsewhere_is_refused()
    {
        var before = await BuildGoodAsync();
        Link("input/explainers/third.md", Path.Combine(_outside, "page.md"));

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Outside("input/explainers/third.md", Path.Combine(_outside, "page.md"), "input"), before, _site);
    }

    [Fact]
    public async Task A_chain_of_links_is_followed_to_its_end()
    {
        var before = await BuildGoodAsync();
        var hop = Path.Combine(_outside, "hop.txt");
        File.CreateSymbolicLink(hop, Secret);
        Link("input/inside.md", "explainers/hop.md");
        Link("input/explainers/hop.md", hop);

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Outside("input/explainers/hop.md", Secret, "input"), before, _site);
        CliAssert.FailsWith(run, Outside("input/inside.md", Secret, "input"));
    }

    [Fact]
    public async Task A_relative_link_that_climbs_out_is_refused()
    {
        var before = await BuildGoodAsync();
        File.WriteAllText(_site.PathOf("outside.css"), "body { color: red }\n");
        Link("theme/assets/up.css", "../../outside.css");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Outside("theme/assets/up.css", _site.PathOf("outside.css"), "theme"), before, _site);
    }

    [Theory]
    [InlineData("input/assets/vendor", "input")]
    [InlineData("input/explainers/more", "input")]
    [InlineData("theme/assets/vendor", "theme")]
    public async Task A_folder_link_out_of_its_root_is_ES0031(string folder, string root)
    {
        var before = await BuildGoodAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(folder))!);
        Directory.CreateSymbolicLink(_site.PathOf(folder), _outside);

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Outside(folder, _outside, root), before, _site);
    }

    [Fact]
    public async Task The_partials_folder_itself_linked_elsewhere_is_refused()
    {
        var before = await BuildGoodAsync();
        var elsewhere = Path.Combine(_outside, "partials");
        Directory.Move(_site.PathOf("theme/partials"), elsewhere);
        Directory.CreateSymbolicLink(_site.PathOf("theme/partials"), elsewhere);

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Outside("theme/partials", elsewhere, "theme"), before, _site);
    }

    [Fact]
    public async Task Links_that_stay_inside_the_root_build()
    {
        Link("theme/assets/copy.css", "site.css");
        Link("theme/partials/footer-again.liquid", "footer.liquid");
        Link("input/assets/style.css", "../../theme/assets/site.css");

        var run = await BuildAsync();

        // The last one leaves input/ for theme/: refused, as every root is contained on its own.
        CliAssert.FailsWith(run, Outside("input/assets/style.css", _site.PathOf("theme/assets/site.css"), "input"));
        File.Delete(_site.PathOf("input/assets/style.css"));
        run = await BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(_site.Output, "assets")), f => Path.GetFileName(f).StartsWith("copy.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/page")]
    [InlineData("..\\\\page")]
    public async Task A_layout_that_is_a_path_is_ES0013_at_the_layout_key(string layout)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/index.md", "layout: explainers", $"layout: \"{layout}\"");
        var shown = layout.Replace("\\\\", "\\", StringComparison.Ordinal);

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/index.md:4:9: error ES0013: " + EngineErrors.NotALayoutName.Format(shown), before, _site);
    }

    [Fact]
    public async Task A_parent_layout_that_is_a_path_is_ES0013_in_the_layout()
    {
        var before = await BuildGoodAsync();
        _site.Replace("theme/layouts/page.liquid", "layout: base", "layout: ../../base");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "theme/layouts/page.liquid:2:1: error ES0013: " + EngineErrors.NotALayoutName.Format("../../base"), before, _site);
    }

    [Theory]
    [InlineData("{% include \"../x\" %}", "../x", 13)]
    [InlineData("{% render \"/etc/passwd\" %}", "/etc/passwd", 12)]
    [InlineData("{% render 'sub/../../../x' %}", "sub/../../../x", 12)]
    public async Task A_partial_that_is_a_path_is_ES0016_at_the_tag(string tag, string name, int column)
    {
        var before = await BuildGoodAsync();
        _site.Write("theme/partials/footer.liquid", tag + "\n" + _site.Read("theme/partials/footer.liquid"));

        var run = await BuildAsync();

        CliAssert.FailsWith(run, $"theme/partials/footer.liquid:1:{column}: error ES0016: " + EngineErrors.NotAPartialName.Format(name), before, _site);
        CliAssert.CaretAt(run, column);
    }
}
