using System.Text.Json;
using ExplainerSite.Citing;
using ExplainerSite.Tests.Editor;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Citing;

/// <summary>
/// The citation downloads and the licence through the real command line, on an editable copy of the real site:
/// a bad licence is an error at its value; titles full of LaTeX specials and spreadsheet formulas come out
/// escaped and neutralised; a site without a licence states none.
/// </summary>
public sealed class CitingCliTests : IDisposable
{
    private readonly EditorSite _site = new();

    public CitingCliTests()
    {
        foreach (var folder in new[] { "input", "theme" })
        {
            Directory.Delete(_site.PathOf(folder), recursive: true);
            RepoPaths.CopyTree(Path.Combine(RepoPaths.Root, folder), _site.PathOf(folder));
        }
    }

    public void Dispose() => _site.Dispose();

    private string Output(string relative) => File.ReadAllText(Path.Combine(_site.Output, relative));

    [Fact]
    public async Task A_licence_url_with_an_unsafe_scheme_is_the_one_YAML_url_error_at_the_value()
    {
        _site.Replace("input/site.yml", "url: \"https://creativecommons.org/licenses/by/4.0/\"", "url: \"javascript:alert(1)\"");
        var line = _site.LineOf("input/site.yml", "javascript:alert(1)");

        var run = await _site.BuildAsync();

        CliAssert.FailsWith(run, "");
        Assert.Contains($"input/site.yml:{line}:8: error ES0050: ", run.Stderr);
        Assert.DoesNotContain("ES2401", run.Stderr);
    }

    [Theory]
    [InlineData("/licence/")]
    [InlineData("creativecommons.org/licenses/by/4.0/")]
    [InlineData("mailto:legal@example.org")]
    public async Task A_licence_url_that_is_not_a_safe_absolute_link_is_ES2401_at_the_value(string url)
    {
        _site.Replace("input/site.yml", "url: \"https://creativecommons.org/licenses/by/4.0/\"", $"url: \"{url}\"");
        var line = _site.LineOf("input/site.yml", url);

        var run = await _site.BuildAsync();

        CliAssert.FailsWith(run, $"input/site.yml:{line}:8: error ES2401: " + CitingErrors.UnsafeLicenceUrl.Format(url));
    }

    [Fact]
    public async Task Without_citeThisPage_there_is_no_block_and_no_cite_files()
    {
        _site.Replace("input/site.yml", "citeThisPage: true\n", "");

        var run = await _site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "cite")));
        Assert.DoesNotContain("id=\"cite-this\"", Output("explainers/overview/index.html"));
        Assert.True(File.Exists(Path.Combine(_site.Output, "data", "sources.bib")));
    }

    [Fact]
    public async Task An_empty_licence_name_is_ES2402()
    {
        _site.Replace("input/site.yml", "name: \"CC BY 4.0\"", "name: \"\"");
        var line = _site.LineOf("input/site.yml", "name: \"\"");

        var run = await _site.BuildAsync();

        CliAssert.FailsWith(run, $"input/site.yml:{line}:3: error ES2402: " + CitingErrors.EmptyLicenceName.Format());
    }

    [Fact]
    public async Task Titles_with_LaTeX_specials_and_formulas_are_escaped_in_BibTeX_and_neutralised_in_CSV()
    {
        const string hostile = @"=HYPERLINK(""https://evil.example"") & 100% {of} the_GPU #1 ~ ^ \ $5";
        var quoted = "title: '" + hostile.Replace("'", "''") + "'";
        _site.Replace("input/sources.yml", "title: \"On DeepSeek and Export Controls\"", quoted);
        _site.Replace("input/explainers/overview.md", "\ntitle: ", "\ntitle: '@{Overview} 50% & more' #");

        var run = await _site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var s3 = BibTexReader.Read(Output("data/sources.bib")).Single(e => e.Key == "S3");
        Assert.Equal(@"{=HYPERLINK(""https://evil.example"") \& 100\% \textbraceleft{}of\textbraceright{} the\_GPU \#1 "
            + @"\textasciitilde{} \textasciicircum{} \textbackslash{} \$5}", s3.Fields["title"]);
        Assert.Empty(BibTexReader.BareSpecials(s3));
        var page = Assert.Single(BibTexReader.Read(Output("cite/explainers/overview.bib")));
        Assert.Equal(@"{@\textbraceleft{}Overview\textbraceright{} 50\% \& more}", page.Fields["title"]);

        var row = Output("data/sources.csv").Split('\n').Single(l => l.StartsWith("S3,", StringComparison.Ordinal));
        Assert.StartsWith("S3,\"'=HYPERLINK(\"\"https://evil.example\"\") & 100% {of}", row);

        using var csl = JsonDocument.Parse(Output("cite/explainers/overview.json"));
        Assert.Equal("@{Overview} 50% & more", csl.RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_site_without_a_licence_states_none()
    {
        var text = _site.Read("input/site.yml");
        _site.Write("input/site.yml", text[..text.IndexOf("\n# The licence", StringComparison.Ordinal)] + "\n");

        var run = await _site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("rel=\"license\"", Output("explainers/overview/index.html"));
        Assert.DoesNotContain("\"license\"", Output("index.html"));
        using var json = JsonDocument.Parse(Output("data/sources.json"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("license").ValueKind);
        Assert.DoesNotContain("Licence", Output("data/sources.csv"));
        Assert.Contains("class=\"cite-this\"", Output("explainers/overview/index.html"));
    }

    [Fact]
    public async Task A_comparison_date_that_is_not_a_full_date_is_ES2006()
    {
        _site.Replace("input/comparisons/policy-options.yml", "published: \"2026-11-29\"", "published: \"2026-11\"");

        var run = await _site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        // Declared in collections.yml (type date, full: true), so reported at the value itself.
        Assert.Contains(
            "input/comparisons/policy-options.yml:4:12: error ES2006: '2026-11' is not a date; write YYYY-MM-DD\n",
            run.Stderr);
    }

    [Fact]
    public async Task Two_builds_write_the_same_bytes()
    {
        var first = await _site.BuildAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = _site.SnapshotOutput()
            .Where(f => f.Key.StartsWith("cite/", StringComparison.Ordinal) || f.Key.StartsWith("data/sources", StringComparison.Ordinal))
            .ToList();
        var second = await _site.BuildAsync();
        Assert.True(second.ExitCode == 0, second.ToString());
        var after = _site.SnapshotOutput();
        Assert.Equal(22 + 3, before.Count);
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }
}
