using Pipework.Host.Cli;

namespace ExplainerSite.Tests.Editor;

/// <summary><c>new explainer "Title"</c>: a valid draft in input/explainers/, next in order, never over an existing file.</summary>
public sealed class NewExplainerTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Creates_a_draft_with_valid_front_matter_that_builds_with_drafts()
    {
        var run = await _site.RunAsync("new", "explainer", "Chips & the H20: what’s next?");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Created input/explainers/chips-the-h20-whats-next.md (a draft).", run.Stdout);
        var text = _site.Read("input/explainers/chips-the-h20-whats-next.md");
        Assert.StartsWith("---\ntitle: \"Chips & the H20: what’s next?\"\ndescription: \"", text);
        Assert.Contains("\npublished: 2026-03-14\norder: 3\ndraft: true\n---\n\n## ", text);

        var withDrafts = await _site.BuildAsync("--drafts");
        Assert.True(withDrafts.ExitCode == 0, withDrafts.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Output, "explainers", "chips-the-h20-whats-next", "index.html")));

        var without = await _site.BuildAsync();
        Assert.True(without.ExitCode == 0, without.ToString());
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "explainers", "chips-the-h20-whats-next")));
    }

    [Fact]
    public async Task Refuses_to_overwrite_an_existing_file()
    {
        var original = _site.Read("input/explainers/first.md");

        var run = await _site.RunAsync("new", "explainer", "First");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error ES3002: " + CliErrors.FileExists.Format("input/explainers/first.md") + "\n", run.Stderr);
        Assert.Equal(original, _site.Read("input/explainers/first.md"));
        CliAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task Title_without_latin_letters_needs_a_slug()
    {
        var refused = await _site.RunAsync("new", "explainer", "芯片");
        var given = await _site.RunAsync("new", "explainer", "芯片", "--slug", "chips");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("error ES3003: " + CliErrors.NoSlug.Format("芯片"), refused.Stderr);
        Assert.Equal(0, given.ExitCode);
        Assert.Contains("title: \"芯片\"", _site.Read("input/explainers/chips.md"));
    }

    [Theory]
    [InlineData("Chips & the H20: what's next?", "chips-the-h20-whats-next")]
    [InlineData("  Über-große  Zölle ", "uber-grosse-zolle")]
    [InlineData("DeepSeek V3 — the $5.6M question", "deepseek-v3-the-5-6m-question")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string title, string slug) =>
        Assert.Equal(slug, NewCommand.Slugify(title));
}
