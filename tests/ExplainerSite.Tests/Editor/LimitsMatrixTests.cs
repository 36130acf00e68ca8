using System.Diagnostics;
using System.Text;
using ExplainerSite.Citations;
using Pipework.Content;
using Pipework.Diagnostics;
using Pipework.IO;
using Pipework.Yaml;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// Limits and messages (issue 13), through the real command line: input nested or sized to crash or stall the
/// build gets a positioned error in bounded time, and the messages that were internal errors, pointed at the
/// wrong line or gave the wrong advice now say what is wrong, where. The previous output is always untouched.
/// </summary>
public sealed class LimitsMatrixTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<Dictionary<string, string>> BuildGoodAsync()
    {
        var run = await _site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        return _site.SnapshotOutput();
    }

    private async Task<CliRun> BuildAsync() => await _site.BuildAsync().WaitAsync(Limit);

    private const string Front = "---\ntitle: \"Deep\"\ndescription: \"Deep.\"\n---\n\n";

    /// <summary>The engine's YAML depth limit (SafeParser.MaxDepth, internal to the engine).</summary>
    private const int MaxYamlDepth = 64;

    private static readonly string TooDeep = "error ES0008: " + EngineErrors.YamlTooDeep.Format(MaxYamlDepth);

    [Fact]
    public async Task Front_matter_nested_100000_deep_is_ES0008_not_a_stack_overflow()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/deep.md", "---\ntitle: \"x\"\ndeep: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n\nBody.\n");

        var run = await BuildAsync();

        // The front matter map is level 1: the 64th '[' (at column 6 + 64) opens level 65.
        CliAssert.FailsWith(run, "input/deep.md:3:70: " + TooDeep, before, _site);
    }

    [Fact]
    public async Task A_data_file_nested_100000_deep_in_flow_maps_is_ES0008()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/deep.yml", "a: " + string.Concat(Enumerable.Repeat("{b: ", 100_000)) + "1" + new string('}', 100_000) + "\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/deep.yml:1:256: " + TooDeep, before, _site);
    }

    [Fact]
    public async Task A_known_data_file_nested_deep_in_block_lists_is_ES0008()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/sources.yml", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "-\n")) + new string(' ', 400) + "x\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/sources.yml:65:129: " + TooDeep, before, _site);
    }

    [Fact]
    public async Task Sixty_four_levels_of_yaml_are_still_read()
    {
        _site.Write("input/nested.yml", "a: " + new string('[', 63) + "1" + new string(']', 63) + "\n");

        var run = await BuildAsync();

        Assert.DoesNotContain("ES0008", run.Stderr);
    }

    [Theory]
    [InlineData('>', 101)]
    [InlineData('[', 101)]
    public async Task Markdown_nested_100000_deep_is_ES0009_in_bounded_time(char nesting, int column)
    {
        var before = await BuildGoodAsync();
        _site.Write("input/deep.md", Front + new string(nesting, 100_000) + " hi\n");
        var clock = Stopwatch.StartNew();

        var run = await BuildAsync();

        CliAssert.FailsWith(run, $"input/deep.md:6:{column}: error ES0009: " + EngineErrors.MarkdownTooDeep.Format(MarkdownDepth.Max), before, _site);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        // The 100,000-character line is printed as an excerpt around the column, not whole.
        Assert.All(run.Stderr.Split('\n'), l => Assert.True(l.Length < 400, $"a printed line of {l.Length} characters"));
    }

    [Theory]
    [InlineData("- a", 2, 106, 201)]
    [InlineData("1. a", 3, 73, 203)]
    [InlineData("* a", 2, 106, 201)]
    public async Task A_3000_level_list_is_ES0009_in_bounded_time(string item, int indent, int line, int column)
    {
        var before = await BuildGoodAsync();
        _site.Write("input/deep.md", Front + string.Join("\n", Enumerable.Range(0, 3000).Select(i => new string(' ', indent * i) + item)) + "\n");
        var clock = Stopwatch.StartNew();

        var run = await BuildAsync();

        CliAssert.FailsWith(run, $"input/deep.md:{line}:{column}: error ES0009: " + EngineErrors.MarkdownTooDeep.Format(MarkdownDepth.Max), before, _site);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Quotes_nested_3000_deep_over_lines_are_ES0009()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/deep.md", Front + string.Join("\n", Enumerable.Range(0, 3000).Select(i => string.Concat(Enumerable.Repeat("> ", i)) + "a")) + "\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "", before, _site);
        Assert.Matches(@"(?m)^input/deep\.md:\d+:\d+: error ES0009: ", run.Stderr);
    }

    [Fact]
    public async Task Emphasis_nested_past_markdigs_limit_is_ES0009_not_an_internal_error()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/deep.md", Front + string.Concat(Enumerable.Repeat("*a ", 50_000)) + "b" + string.Concat(Enumerable.Repeat(" a*", 50_000)) + "\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/deep.md: error ES0009: " + EngineErrors.MarkdownTooDeep.Format(MarkdownDepth.Max), before, _site);
    }

    [Fact]
    public async Task A_code_block_with_deep_indentation_still_builds()
    {
        var code = string.Join("\n", Enumerable.Range(0, 150).Select(i => new string(' ', 2 * i) + "x"));
        _site.Write("input/code.md", Front + "```\n" + code + "\n```\n");

        var run = await BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task A_text_file_over_the_size_limit_is_ES0015_without_reading_it()
    {
        var before = await BuildGoodAsync();
        using (var huge = File.Create(_site.PathOf("input/huge.md")))
            huge.SetLength(TextFile.MaxBytes + 1);

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/huge.md: error ES0015: " + EngineErrors.FileTooLarge.Format(TextFile.MaxBytes + 1, TextFile.MaxBytes), before, _site);
    }

    [Theory]
    [InlineData("tags: [broken, ", 2, 14)]
    [InlineData("tags: {a: [b, ", 2, 13)]
    public async Task An_unclosed_flow_list_in_front_matter_is_ES0001_at_the_line(string yaml, int line, int column)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "---\ntitle:", "---\n" + yaml + "\ntitle:");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, $"input/explainers/first.md:{line}:{column}: error ES0001: "
            + EngineErrors.YamlSyntax.Format("the file cannot be read past this point; is a '[', '{' or quote left open?"), before, _site);
    }

    [Theory]
    [InlineData("/sitemap.xml", "sitemap.xml", "sitemap.xml/index.html")]
    [InlineData("/feed.xml/", "feed.xml", "feed.xml/index.html")]
    [InlineData("/robots.txt/old/", "robots.txt", "robots.txt/old/index.html")]
    [InlineData("/explainers/second/index.html/", "explainers/second/index.html", "explainers/second/index.html/index.html")]
    public async Task An_alias_under_a_generated_file_is_ES0022_at_the_alias(string alias, string file, string needs)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "order: 1", $"order: 1\naliases: [{alias}]");
        var from = file.StartsWith("explainers/", StringComparison.Ordinal) ? "explainers/second.md" : file;

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/first.md:6:11: error ES0022: "
            + EngineErrors.DestinationUnderFile.Format(file, from, needs, "explainers/first.md"), before, _site);
    }

    [Fact]
    public async Task An_alias_onto_a_generated_file_is_refused_at_the_alias()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "order: 1", "order: 1\naliases: [/404.html]");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "", before, _site);
        Assert.Matches(@"(?m)^input/explainers/first\.md:6:11: error ES2203: ", run.Stderr);
    }

    [Theory]
    [InlineData("28/11/2026")]
    [InlineData("2026-1-5")]
    [InlineData("yesterday")]
    public async Task A_date_that_is_not_one_is_ES2006_at_the_date(string date)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "published: 2025-01-10", $"published: \"{date}\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/first.md:4:12: error ES2006: " + SiteErrors.InvalidDate.Format(date, ""), before, _site);
        CliAssert.CaretAt(run, 12);
    }

    [Theory]
    [InlineData("2026-02-30", "February", 2026, 28)]
    [InlineData("2024-02-30", "February", 2024, 29)]
    [InlineData("2025-04-31", "April", 2025, 30)]
    public async Task A_date_in_the_right_form_that_does_not_exist_says_so(string date, string month, int year, int days)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "published: 2025-01-10", $"published: {date}");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/first.md:4:12: error ES2006: " + SiteErrors.DateDoesNotExist.Format(date, month, year, days), before, _site);
        Assert.DoesNotContain("write YYYY-MM-DD", run.Stderr);
    }

    [Fact]
    public async Task An_updated_date_is_reported_at_its_own_line()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "order: 1", "order: 1\nupdated: 2025-13-01");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/first.md:6:10: error ES2006: " + SiteErrors.InvalidDate.Format("2025-13-01", ""), before, _site);
    }

    [Theory]
    [InlineData("input/explainers/third.md", "---\ntitle: \"T\"\ndescription: \"D\"\npublished: 2025-01-10\norder: 3\n\tdraft: true\n---\n\nBody.\n", 6, 1)]
    [InlineData("input/explainers/third.md", "---\ntitle: \"T\"\ndescription: \"D\"\npublished: 2025-01-10\norder: 3\ntags:\n\t- a\n---\n\nBody.\n", 7, 1)]
    [InlineData("input/explainers/third.md", "---\ntitle: \"A\ttab\"\ndescription: \"D\"\npublished: 2025-01-10\norder: 3\n\tdraft: true\n---\n\nBody.\n", 6, 1)]
    [InlineData("input/site.yml", "title: \"x\"\ndescription: \"d\"\nurl: \"https://fixture.example\"\nlanguage: en\nnavigation:\n\t- title: A\n", 6, 1)]
    public async Task A_tab_in_indentation_is_reported_at_the_tab(string file, string text, int line, int column)
    {
        var before = await BuildGoodAsync();
        _site.Write(file, text);

        var run = await BuildAsync();

        CliAssert.FailsWith(run, $"{file}:{line}:{column}: error ES0001: "
            + EngineErrors.YamlSyntax.Format("a tab is used for indentation; YAML indents with spaces only"), before, _site);
    }

    [Theory]
    [InlineData("order: 1", "order: three", 8, "a whole number", "'three'", "Write the number in digits, without quotes or a decimal point, e.g. 3.")]
    [InlineData("order: 1", "order: 1.5", 8, "a whole number", "'1.5'", "Write the number in digits, without quotes or a decimal point, e.g. 3.")]
    [InlineData("order: 1", "order: 1\ndraft: maybe", 8, "true or false", "'maybe'", "Write true or false, without quotes.")]
    public async Task The_hint_for_a_wrong_value_is_about_that_value(string old, string replacement, int column, string expected, string found, string hint)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", old, replacement);

        var run = await BuildAsync();

        var line = _site.LineOf("input/explainers/first.md", replacement.Split('\n')[^1]);
        CliAssert.FailsWith(run, $"input/explainers/first.md:{line}:{column}: error ES0103: " + BindingErrors.WrongType.Format(expected, found), before, _site);
        Assert.Contains("  hint: " + hint + "\n", run.Stderr);
        Assert.DoesNotContain("Quote text", run.Stderr);
    }

    [Fact]
    public async Task No_case_of_this_matrix_is_called_a_bug_in_the_generator()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "order: 1", "order: 1\naliases: [/feed.xml/]");
        _site.Replace("input/explainers/second.md", "---\ntitle:", "---\ntags: [broken, \ntitle:");
        _site.Replace("input/site.yml", "url: \"https://fixture.example\"", "url: \"fixture.example\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "", before, _site);
        Assert.DoesNotContain("bug in the generator", run.Stderr);
        Assert.DoesNotContain("internal error", run.Stderr);
    }
}
