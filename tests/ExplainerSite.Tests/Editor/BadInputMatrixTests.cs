using System.Text;
using ExplainerSite.Citations;
using Pipework.Diagnostics;
using Pipework.Yaml;
using ExplainerSite.Validation;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// Bad input never crashes the tool (issue 6): each case goes through the real command line and asserts the
/// exit code, the diagnostic exactly as printed (text from its descriptor, file:line:col), no stack trace, and
/// that the output of the previous good build is untouched. Valid but unusual input builds.
/// </summary>
public sealed class BadInputMatrixTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>A first good build, so there is an output folder a failed build must leave alone.</summary>
    private async Task<Dictionary<string, string>> BuildGoodAsync()
    {
        var run = await _site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        var before = _site.SnapshotOutput();
        Assert.NotEmpty(before);
        return before;
    }

    private async Task<CliRun> BuildAsync() => await _site.BuildAsync().WaitAsync(Limit);

    [Fact]
    public async Task Malformed_yaml_is_ES0001_at_the_line_and_column()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/site.yml", "title: \"Editor fixture\"\ndescription: [unclosed\nurl: \"https://fixture.example\"\n");

        var run = await BuildAsync();

        var prefix = EngineErrors.YamlSyntax.MessageFormat.Split("{0}")[0];
        CliAssert.FailsWith(run, "", before, _site);
        Assert.Matches(@"(?m)^input/site\.yml:\d+:\d+: error ES0001: " + System.Text.RegularExpressions.Regex.Escape(prefix), run.Stderr);
    }

    [Fact]
    public async Task Wrong_scalar_types_are_ES0103_each_at_its_value_all_in_one_run()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "order: 1", "order: three\ndraft: maybe");
        _site.Replace("input/explainers/second.md", "title: \"The second explainer\"", "title: [a, b]");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/first.md:5:8: error ES0103: " + BindingErrors.WrongType.Format("a whole number", "'three'"), before, _site);
        CliAssert.FailsWith(run, "input/explainers/first.md:6:8: error ES0103: " + BindingErrors.WrongType.Format("true or false", "'maybe'"));
        CliAssert.FailsWith(run, "input/explainers/second.md:2:8: error ES0103: " + BindingErrors.WrongType.Format("text", "a list"));
    }

    [Fact]
    public async Task Bad_enum_value_lists_the_allowed_values()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/sources.yml", "access: archived", "access: archivd");

        var run = await BuildAsync();

        var line = _site.LineOf("input/sources.yml", "archivd");
        CliAssert.FailsWith(run, $"input/sources.yml:{line}:11: error ES0104: "
            + BindingErrors.InvalidEnumValue.Format("archivd", "access", "original, archived", " (did you mean 'archived'?)"), before, _site);
        CliAssert.CaretAt(run, 11);
    }

    [Fact]
    public async Task Duplicate_id_in_a_data_file_names_the_first_definition()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/sources.yml", _site.Read("input/sources.yml") + "- id: S1\n  title: \"Again\"\n  publisher: \"Fixture Press\"\n");

        var run = await BuildAsync();

        var line = _site.LineOf("input/sources.yml", "title: \"Again\"") - 1;
        CliAssert.FailsWith(run, $"input/sources.yml:{line}:3: error ES2003: " + SiteErrors.DuplicateId.Format("S1", 1), before, _site);
    }

    [Fact]
    public async Task Two_data_files_with_one_id_are_ES2024()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/extra.yml", "a: 1\n");
        _site.Write("input/extra.yaml", "a: 2\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/extra.yml: error ES2024: " + DataErrors.DuplicateFileId.Format("extra", "extra.yaml"), before, _site);
    }

    [Fact]
    public async Task Two_pages_for_one_address_are_ES0020()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/about/index.md", "---\ntitle: \"About again\"\ndescription: \"A second about page.\"\n---\n\nText.\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/about/index.md: error ES0020: " + EngineErrors.DuplicateDestination.Format("about/index.html", "about.md"), before, _site);
    }

    [Fact]
    public async Task Missing_layout_is_ES0011_at_the_layout_key()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/index.md", "layout: explainers", "layout: explainerz");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/index.md:4:9: error ES0011: " + EngineErrors.LayoutNotFound.Format("explainerz"), before, _site);
        Assert.Contains("hint: Available layouts: 404, base, explainer, explainers, page, sources.", run.Stderr);
    }

    [Fact]
    public async Task Liquid_syntax_error_in_a_partial_is_ES0010_in_the_partial_reported_once()
    {
        var before = await BuildGoodAsync();
        _site.Write("theme/partials/footer.liquid", "<footer>{% if site.title %}<p>x</p></footer>\n");

        var run = await BuildAsync();

        var expected = "theme/partials/footer.liquid:1:46: error ES0010: " + EngineErrors.TemplateSyntax.Format("'{% endif %}' was expected");
        CliAssert.FailsWith(run, expected, before, _site);
        Assert.Single(run.Stderr.Split('\n'), l => l == expected);
    }

    [Fact]
    public async Task Liquid_syntax_error_in_a_layout_is_ES0010_at_its_line()
    {
        var before = await BuildGoodAsync();
        _site.Replace("theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>", "<h1>{{ page.title }</h1>");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "theme/layouts/page.liquid:5:18: error ES0010: " + EngineErrors.TemplateSyntax.Format("End of tag '}}' was expected"), before, _site);
    }

    [Fact]
    public async Task Undefined_template_variable_is_ES0012_at_the_tag_with_a_suggestion()
    {
        var before = await BuildGoodAsync();
        _site.Replace("theme/layouts/page.liquid", "{{ page.title }}", "{{ page.titel }}");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "theme/layouts/page.liquid:5:13: error ES0012: "
            + EngineErrors.TemplateRender.Format("theme/layouts/page.liquid", "undefined variable 'titel'; did you mean 'title'?"), before, _site);
        CliAssert.CaretAt(run, 13);
    }

    [Fact]
    public async Task Unknown_citation_key_is_ES2001_at_the_key()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "A second claim [@S2].", "A second claim [@S9].");

        var run = await BuildAsync();

        var line = _site.LineOf("input/explainers/first.md", "[@S9]");
        CliAssert.FailsWith(run, $"input/explainers/first.md:{line}:18: error ES2001: " + SiteErrors.UnknownSource.Format("S9"), before, _site);
        Assert.Contains("hint: Cite an id defined in input/sources.yml (did you mean 'S1'?).", run.Stderr);
    }

    [Theory]
    [InlineData("input/explainers/second.md")]
    [InlineData("input/sources.yml")]
    public async Task Empty_file_is_ES0006(string file)
    {
        var before = await BuildGoodAsync();
        _site.Write(file, "");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, $"{file}:1:1: error ES0006: " + EngineErrors.EmptyFile.Format(), before, _site);
    }

    [Fact]
    public async Task Typo_in_a_key_suggests_the_right_one()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "title: \"The first explainer\"", "titel: \"The first explainer\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/first.md:2:1: error ES0101: "
            + BindingErrors.UnknownKey.Format("titel", "explainer front matter", "; did you mean 'title'?"), before, _site);
    }

    [Fact]
    public async Task Yaml_alias_bomb_is_refused_at_the_first_anchor()
    {
        var before = await BuildGoodAsync();
        var lol = string.Join(",", Enumerable.Repeat("\"lol\"", 9));
        _site.Write("input/bomb.yml", $"a: &a [{lol}]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n");
        _site.Write("input/bomb.md", "---\ntitle: &t \"x\"\ndescription: *t\n---\n\nBody.\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/bomb.yml:1:4: error ES0004: " + EngineErrors.YamlAlias.Format(), before, _site);
        CliAssert.FailsWith(run, "input/bomb.md:2:8: error ES0004: " + EngineErrors.YamlAlias.Format());
    }

    [Fact]
    public async Task Non_utf8_bytes_are_ES0005_at_the_bad_byte()
    {
        var before = await BuildGoodAsync();
        var text = _site.Read("input/explainers/second.md");
        _site.WriteBytes("input/explainers/second.md", [.. Encoding.UTF8.GetBytes(text + "## Caf"), 0xE9, (byte)'\n']);

        var run = await BuildAsync();

        var line = text.Count(c => c == '\n') + 1;
        var offset = Encoding.UTF8.GetByteCount(text + "## Caf");
        CliAssert.FailsWith(run, $"input/explainers/second.md:{line}:7: error ES0005: " + EngineErrors.NotUtf8.Format(offset), before, _site);
    }

    [Fact]
    public async Task Every_problem_of_a_build_is_reported_at_once()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "order: 1", "order: first");
        _site.Replace("input/explainers/second.md", "[@S1]", "[@S7]");
        _site.Write("input/timeline.yml", "- date: \"2025-01-02\"\n  title: \"An event\"\n  description: \"It happened.\"\n  tags: [controls, weather]\n  sources: [S1]\n");
        _site.Replace("input/about.md", "title: \"About\"", "titel: \"About\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "", before, _site);
        // The misspelt 'titel' also leaves 'title' missing: both are reported (ES0101, ES0102).
        foreach (var code in new[] { "ES0103", "ES2001", "ES0104", "ES0101", "ES0102" })
            Assert.Contains($": error {code}: ", run.Stderr);
        Assert.Contains("Build failed: 5 error(s)", run.Stderr);
    }

    [Fact]
    public async Task Bom_and_crlf_files_build_like_plain_ones()
    {
        foreach (var file in new[] { "input/explainers/second.md", "input/site.yml", "input/sources.yml", "theme/layouts/page.liquid" })
        {
            var text = _site.Read(file).Replace("\n", "\r\n", StringComparison.Ordinal);
            _site.WriteBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        }

        var run = await BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(Path.Combine(_site.Output, "explainers", "second", "index.html"));
        Assert.Contains("<h1>The second explainer</h1>", html);
        Assert.Contains("<title>The second explainer · Editor fixture</title>", html);
        Assert.DoesNotContain('\r', html);
        Assert.DoesNotContain('\uFEFF', html);
    }

    [Fact]
    public async Task Ten_megabyte_markdown_file_builds()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, with **bold**, a [link](/about/) and a source [@S1]. ", 6)) + "\n\n";
        var body = new StringBuilder(_site.Read("input/explainers/second.md"));
        for (var section = 0; body.Length < 10_000_000; section++)
        {
            body.Append("## Section ").Append(section).Append("\n\n");
            for (var i = 0; i < 20; i++) body.Append(paragraph);
        }
        _site.Write("input/explainers/second.md", body.ToString());

        var run = await BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(new FileInfo(Path.Combine(_site.Output, "explainers", "second", "index.html")).Length > 10_000_000);
    }

    [Fact]
    public async Task Symlink_loops_under_input_do_not_hang_folder_loops_are_skipped()
    {
        Directory.CreateSymbolicLink(_site.PathOf("input/explainers/loop"), "..");
        Directory.CreateSymbolicLink(_site.PathOf("input/self"), _site.PathOf("input"));

        var run = await BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Output, "explainers", "first", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "self")));
    }

    [Fact]
    public async Task Symlink_loop_between_files_is_a_read_error_not_a_hang()
    {
        var before = await BuildGoodAsync();
        File.CreateSymbolicLink(_site.PathOf("input/a.md"), "b.md");
        File.CreateSymbolicLink(_site.PathOf("input/b.md"), "a.md");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "", before, _site);
        Assert.Matches(@"(?m)^input/a\.md: error ES0030: " + System.Text.RegularExpressions.Regex.Escape(EngineErrors.ReadFailed.MessageFormat.Split("{0}")[0]), run.Stderr);
    }
}
