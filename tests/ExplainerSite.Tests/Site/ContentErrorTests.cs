using Pipework.Host.Cli;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Site;

/// <summary>
/// Bad content through the CLI's build command: exit 1, every error as path:line:col with its code, and the
/// previous output left exactly as it was.
/// </summary>
public sealed class ContentErrorTests
{
    private sealed record Run(int ExitCode, string Stdout, string Stderr);

    private static async Task<Run> BuildAsync(string input, string theme, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await BuildCommand.RunAsync(ExplainerSiteDefinition.Instance, input, theme, output, new BuildOptions(), stdout, stderr);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>An editable copy of the real site with a good build already in output/.</summary>
    private static async Task<(TempFolder Temp, string Input, string Theme, string Output, Dictionary<string, string> Before)> SiteWithOutputAsync()
    {
        var temp = new TempFolder();
        var input = temp.Combine("input");
        var theme = temp.Combine("theme");
        var output = temp.Combine("output");
        RepoPaths.CopyTree(RepoPaths.Input, input);
        RepoPaths.CopyTree(RepoPaths.Theme, theme);
        var first = await BuildAsync(input, theme, output);
        Assert.True(first.ExitCode == 0, first.Stderr);
        return (temp, input, theme, output, Snapshot(output));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);

    private static void AssertOutputUntouched(string output, Dictionary<string, string> before)
    {
        Assert.Equal(before.Keys.Order(), Snapshot(output).Keys.Order());
        foreach (var (path, text) in Snapshot(output)) Assert.Equal(before[path], text);
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(output)!, ".output.*"));
    }

    [Fact]
    public async Task Malformed_front_matter_fails_with_position_and_leaves_output_untouched()
    {
        var (temp, input, theme, output, before) = await SiteWithOutputAsync();
        using var _ = temp;
        var file = Path.Combine(input, "explainers", "overview.md");
        var lines = File.ReadAllLines(file).ToList();
        lines[1] = "title: \"unterminated";   // line 2 of the file
        File.WriteAllLines(file, lines);

        var run = await BuildAsync(input, theme, output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"explainers/overview\.md:\d+:\d+: error ES0001: YAML syntax error", run.Stderr);
        AssertOutputUntouched(output, before);
    }

    [Fact]
    public async Task Yaml_syntax_error_in_a_data_file_names_file_line_and_column()
    {
        var (temp, input, theme, output, before) = await SiteWithOutputAsync();
        using var _ = temp;
        File.AppendAllText(Path.Combine(input, "questions.yml"), "- id: broken\n  text: [unclosed\n");

        var run = await BuildAsync(input, theme, output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"questions\.yml:\d+:\d+: error ES0001", run.Stderr);
        AssertOutputUntouched(output, before);
    }

    [Fact]
    public async Task Liquid_syntax_error_names_the_layout_with_line_and_column()
    {
        var (temp, input, theme, output, before) = await SiteWithOutputAsync();
        using var _ = temp;
        var layout = Path.Combine(theme, "layouts", "page.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ content }}", "{% for x in %}{{ content }}", StringComparison.Ordinal));

        var run = await BuildAsync(input, theme, output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"theme/layouts/page\.liquid:\d+:\d+: error ES0010: template syntax error", run.Stderr);
        AssertOutputUntouched(output, before);
    }

    [Fact]
    public async Task Removing_a_cited_source_names_every_page_and_line_that_cites_it()
    {
        var (temp, input, theme, output, before) = await SiteWithOutputAsync();
        using var _ = temp;
        var sources = Path.Combine(input, "sources.yml");
        var text = File.ReadAllText(sources);
        var start = text.IndexOf("- id: S7\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n- id:", start + 1, StringComparison.Ordinal);
        File.WriteAllText(sources, text[..start] + text[(end + 1)..]);

        var run = await BuildAsync(input, theme, output);

        Assert.Equal(1, run.ExitCode);
        var cost = File.ReadAllLines(Path.Combine(input, "explainers", "deepseek-v3-cost.md"));
        var line = Array.FindIndex(cost, l => l.Contains("[@S7", StringComparison.Ordinal)) + 1;
        var column = cost[line - 1].IndexOf("S7", StringComparison.Ordinal) + 1;
        Assert.Contains($"explainers/deepseek-v3-cost.md:{line}:{column}: error ES2001: unknown source 'S7'", run.Stderr);
        Assert.Matches(@"models\.yml:\d+:\d+: error ES2001: unknown source 'S7'", run.Stderr);
        AssertOutputUntouched(output, before);
    }

    [Fact]
    public async Task Changing_one_word_changes_the_page()
    {
        var (temp, input, theme, output, before) = await SiteWithOutputAsync();
        using var _ = temp;
        var file = Path.Combine(input, "explainers", "overview.md");
        File.WriteAllText(file, File.ReadAllText(file) + "\nA sentence with the word zanzibarian.\n");

        var run = await BuildAsync(input, theme, output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("zanzibarian", File.ReadAllText(Path.Combine(output, "explainers", "overview", "index.html")));
        Assert.DoesNotContain("zanzibarian", before[Path.Combine("explainers", "overview", "index.html")]);
    }
}
