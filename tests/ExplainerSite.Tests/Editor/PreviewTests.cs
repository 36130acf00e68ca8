using Pipework.Diagnostics;
using Pipework.Yaml;
using Pipework.Host.Serve;

namespace ExplainerSite.Tests.Editor;

/// <summary>The preview server's parts on their own: what it injects, how it maps URLs to files, what it watches, the overlay.</summary>
public sealed class PreviewTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Script_goes_before_the_closing_body_and_the_banner_after_the_opening_one()
    {
        var html = PreviewHtml.Inject("<html><body class=\"x\"><p>Hi</p></body></html>", 7, draft: true);

        Assert.StartsWith("<html><body class=\"x\">" + PreviewHtml.DraftBanner + "<p>Hi</p><script " + PreviewHtml.ScriptMarker + ">", html);
        Assert.Contains("const v=\"7\";", html);
        Assert.EndsWith("</script></body></html>", html);
        Assert.DoesNotContain(PreviewHtml.BannerMarker, PreviewHtml.Inject("<body></body>", 1, draft: false));
        Assert.EndsWith("</script>", PreviewHtml.Inject("<p>fragment</p>", 1, draft: false));
    }

    [Fact]
    public void Output_paths_map_pages_folders_and_files_and_nothing_outside()
    {
        _site.Write("output/index.html", "home");
        _site.Write("output/about/index.html", "about");
        _site.Write("output/assets/site.css", "css");
        _site.Write("output/.hidden/secret.txt", "no");
        var paths = new OutputPaths(_site.Output);

        Assert.Equal((LookupKind.File, _site.PathOf("output/index.html")), Of(paths.Resolve("/")));
        Assert.Equal((LookupKind.File, _site.PathOf("output/about/index.html")), Of(paths.Resolve("/about/")));
        Assert.Equal((LookupKind.File, _site.PathOf("output/about/index.html")), Of(paths.Resolve("/about/index.html")));
        Assert.Equal("/about/", paths.Resolve("/about").Location);
        Assert.Equal((LookupKind.File, _site.PathOf("output/assets/site.css")), Of(paths.Resolve("/assets/site.css")));
        Assert.Equal(LookupKind.Missing, paths.Resolve("/nothing/").Kind);
        Assert.Equal(LookupKind.Missing, paths.Resolve("/../input/site.yml").Kind);
        Assert.Equal(LookupKind.Missing, paths.Resolve("/.hidden/secret.txt").Kind);
        Assert.True(paths.Resolve("/nothing/").IsPage);
        Assert.False(paths.Resolve("/assets/site.css").IsPage);
    }

    [Fact]
    public void Output_paths_under_a_base_path()
    {
        _site.Write("output/about/index.html", "about");
        var paths = new OutputPaths(_site.Output, "/sub/");

        Assert.Equal("/sub/", paths.BasePath);
        Assert.Equal("/about/", paths.SitePath("/sub/about/"));
        Assert.Null(paths.SitePath("/about/"));
        Assert.Equal(LookupKind.File, paths.Resolve("/sub/about/").Kind);
        Assert.Equal("/sub/about/", paths.Resolve("/sub/about").Location);
        Assert.Equal("/sub/", paths.Resolve("/sub").Location);
        Assert.Equal("/sub/", paths.Resolve("/").Location);
        Assert.Equal(LookupKind.Missing, paths.Resolve("/about/").Kind);
        Assert.Equal("/sub/explainers/a/", paths.RequestPath("/explainers/a/"));
    }

    [Theory]
    [InlineData("explainers/a.md", true)]
    [InlineData("layouts/base.liquid", true)]
    [InlineData("explainers/.a.md.swp", false)]
    [InlineData("explainers/a.md.swp", false)]
    [InlineData("explainers/a.md~", false)]
    [InlineData("explainers/#a.md#", false)]
    [InlineData("explainers/.#a.md", false)]
    [InlineData("explainers/4913", false)]
    [InlineData("explainers/a.md___jb_tmp___", false)]
    [InlineData(".git/index", false)]
    [InlineData("explainers/a.tmp", false)]
    public void Editor_temporary_files_do_not_trigger_rebuilds(string path, bool relevant) =>
        Assert.Equal(relevant, SourceWatcher.IsRelevant(path));

    [Fact]
    public void Overlay_shows_every_diagnostic_with_source_line_and_caret_html_encoded()
    {
        _site.Write("input/bad.md", "---\ntitle: <script>alert(1)</script>\n---\n");
        var diagnostics = new[]
        {
            BindingErrorAt("bad.md", 2, 8),
            new Diagnostic(Severity.Warning, "ES2012", "description is long", "about.md", 2, 1),
        };

        var html = ErrorOverlay.Render(diagnostics, _site.PathOf("input"), _site.PathOf("theme"), _site.Root);

        Assert.Contains("input/bad.md:2:8: error ES0103: expected text, found &lt;b&gt;", html);
        Assert.Contains("   2 | title: &lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("       |        ^", html);
        Assert.Contains("input/about.md:2:1: warning ES2012: description is long", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("1 error(s).", html);
    }

    private static Diagnostic BindingErrorAt(string file, int line, int column) =>
        BindingErrors.WrongType.At(file, line, column, "text", "<b>");

    private static (LookupKind, string?) Of(OutputLookup lookup) => (lookup.Kind, lookup.FilePath);
}
