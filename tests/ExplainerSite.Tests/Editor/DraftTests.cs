using Pipework.Host.Serve;

namespace ExplainerSite.Tests.Editor;

/// <summary>Drafts are left out of a build unless <c>--drafts</c>; the built files never carry the preview's banner or script.</summary>
public sealed class DraftTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Draft_is_left_out_unless_drafts_and_build_output_has_no_preview_markup()
    {
        _site.Replace("input/explainers/second.md", "order: 2", "order: 2\ndraft: true");
        _site.Replace("input/explainers/first.md", "Next, read [the second explainer](/explainers/second/#the-answer).", "");

        var without = await _site.BuildAsync();
        Assert.True(without.ExitCode == 0, without.ToString());
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "explainers", "second")));
        Assert.DoesNotContain("/explainers/second/", File.ReadAllText(Path.Combine(_site.Output, "explainers", "index.html")));

        var with = await _site.BuildAsync("--drafts");
        Assert.True(with.ExitCode == 0, with.ToString());
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain(PreviewHtml.ScriptMarker, html);
            Assert.DoesNotContain(PreviewHtml.BannerMarker, html);
        }
        Assert.True(File.Exists(Path.Combine(_site.Output, "explainers", "second", "index.html")));
    }

    [Fact]
    public async Task A_link_to_a_left_out_draft_is_a_broken_link()
    {
        _site.Replace("input/explainers/second.md", "order: 2", "order: 2\ndraft: true");

        var run = await _site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(": error ES0040: broken link '/explainers/second/#the-answer' on /explainers/first/", run.Stderr);
    }
}
