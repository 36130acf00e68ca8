using System.Text.Json;
using Pipework.Content.SafeUrls;
using Pipework.Diagnostics;
using Pipework.Feeds;
using Pipework.IO;
using ExplainerSite.Tests.TestSupport;
using ExplainerSite.Validation;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// What an editor writes cannot inject into the output (issue 13, "Injection"), through the real command line:
/// every URL in YAML passes one check (ES0050 at the value), CSV cells cannot start a formula, assets that run
/// script are refused (ES0033), control characters are refused (ES0007) and never printed raw, and file names
/// that hide or break their address are refused (ES0032). Each case leaves the previous output untouched.
/// </summary>
public sealed class InjectionMatrixTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<Dictionary<string, string>> BuildGoodAsync()
    {
        var run = await _site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        return _site.SnapshotOutput();
    }

    private async Task<CliRun> BuildAsync() => await _site.BuildAsync().WaitAsync(Limit);

    private static string Unsafe(string where, string url) => $"{where}: error ES0050: " + EngineErrors.UnsafeUrl.Format(url, SafeUrl.Problem(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("https://ok.example/ ")]
    public async Task A_navigation_url_is_checked_at_its_value(string url)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/site.yml", "url: /about/", $"url: \"{url}\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Unsafe("input/site.yml:9:10", url), before, _site);
        CliAssert.CaretAt(run, 10);
    }

    [Theory]
    [InlineData("java\\tscript:alert(1)", "java\tscript:alert(1)")]
    [InlineData("java\\nscript:alert(1)", "java\nscript:alert(1)")]
    [InlineData("\\x01javascript:alert(1)", "\u0001javascript:alert(1)")]
    public async Task A_url_with_a_control_character_is_refused(string written, string url)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/site.yml", "url: /about/", $"url: \"{written}\"");

        var run = await BuildAsync();

        var expected = "input/site.yml:9:10: error ES0050: " + SafeUrl.Problem(url) switch
        {
            { } problem => EngineErrors.UnsafeUrl.Format(url, problem),
            null => throw new InvalidOperationException("the URL should be unsafe"),
        };
        CliAssert.FailsWith(run, Pipework.Host.Cli.DiagnosticPrinter.EscapeControls(expected), before, _site);
    }

    [Fact]
    public async Task The_site_url_is_checked_where_it_is_written()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/site.yml", "url: \"https://fixture.example\"", "url: \"javascript:alert(1)//\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Unsafe("input/site.yml:3:6", "javascript:alert(1)//"), before, _site);
        Assert.DoesNotContain("ES2026", run.Stderr);
    }

    [Theory]
    [InlineData("/relative")]
    [InlineData("fixture.example")]
    [InlineData("mailto:editor@fixture.example")]
    public async Task The_site_url_must_be_an_absolute_web_address(string url)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/site.yml", "url: \"https://fixture.example\"", $"url: \"{url}\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/site.yml:1:1: error ES2026: " + DataErrors.SiteUrlNotAbsolute.Format(url), before, _site);
    }

    [Fact]
    public async Task A_source_url_is_checked_at_its_value()
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/sources.yml", "url: \"https://example.org/first\"", "url: \"JAVASCRIPT:alert(document.domain)\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Unsafe("input/sources.yml:5:8", "JAVASCRIPT:alert(document.domain)"), before, _site);
    }

    [Fact]
    public async Task Any_url_key_in_any_data_file_is_checked()
    {
        var before = await BuildGoodAsync();
        _site.Write("input/links.yml", "items:\n  - label: x\n    imageUrl: \"data:image/svg+xml,<svg onload=alert(1)>\"\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Unsafe("input/links.yml:3:15", "data:image/svg+xml,<svg onload=alert(1)>"), before, _site);
    }

    [Fact]
    public async Task Safe_urls_of_every_allowed_kind_build()
    {
        _site.Replace("input/site.yml", "url: /about/", "url: \"mailto:editor@fixture.example\"");
        _site.Replace("input/sources.yml", "url: \"https://example.org/first\"", "url: \"http://example.org/first?a=1#b\"");

        var run = await BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("href=\"mailto:editor@fixture.example\"", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\\t=1+1", "'\t=1+1")]
    [InlineData("\\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-5", "-5")]
    [InlineData("-3.25", "-3.25")]
    [InlineData("+1e3", "+1e3")]
    public async Task Csv_cells_that_would_run_as_formulas_are_neutralised_and_json_is_exact(string stance, string cell)
    {
        using var site = new EditorSite("comparison-site");
        site.Replace("input/stakeholders.yml", "stance: \"No: the costs are too high.\"", $"stance: \"{stance.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");

        var run = await site.BuildAsync("--theme", RepoPaths.Theme).WaitAsync(Limit);

        Assert.True(run.ExitCode == 0, run.ToString());
        var csv = File.ReadAllText(Path.Combine(site.Output, "data", "compare", "two-voices.csv"));
        Assert.Contains("," + cell + ",", csv);
        // The JSON download keeps the text exactly as written.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "compare", "two-voices.json")));
        Assert.Contains(System.Text.RegularExpressions.Regex.Unescape(stance), Strings(json.RootElement));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Fact]
    public void The_csv_cell_writer_keeps_plain_numbers_and_text_as_they_are()
    {
        Assert.Equal("-12", CsvCell.Write("-12"));
        Assert.Equal("'-", CsvCell.Write("-"));
        Assert.Equal("'- a bullet", CsvCell.Write("- a bullet"));
        Assert.Equal("'@handle", CsvCell.Write("@handle"));
        Assert.Equal("a=b", CsvCell.Write("a=b"));
        Assert.Equal("\"'=1,2\"", CsvCell.Write("=1,2"));
    }

    [Theory]
    [InlineData("input/assets/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<ScRiPt>alert(1)</script></svg>", 2, 1, "an SVG with a <script> element")]
    [InlineData("theme/assets/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", 1, 41, "an SVG with an event handler (onload)")]
    [InlineData("theme/assets/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>", 1, 41,
        "an SVG with a <foreignObject> (HTML inside SVG)")]
    [InlineData("input/assets/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>", 1, 50,
        "an SVG with a script address")]
    [InlineData("input/assets/e.svg", "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>", 1, 16, "an SVG with an entity declaration")]
    [InlineData("input/assets/n.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&#106;avascript:alert(1)\"/></svg>", 0, 0,
        "an SVG with a 'javascript:' address")]
    public async Task An_svg_that_can_run_script_is_ES0033_at_the_script(string file, string svg, int line, int column, string what)
    {
        var before = await BuildGoodAsync();
        _site.Write(file, svg);

        var run = await BuildAsync();

        var where = line > 0 ? $"{file}:{line}:{column}" : file;
        CliAssert.FailsWith(run, $"{where}: error ES0033: " + EngineErrors.ActiveAsset.Format(what), before, _site);
    }

    [Theory]
    [InlineData("input/assets/page.html", ".html")]
    [InlineData("input/assets/PAGE.HTM", ".htm")]
    [InlineData("input/assets/sub/doc.xhtml", ".xhtml")]
    [InlineData("theme/assets/data.xml", ".xml")]
    [InlineData("theme/assets/style.xsl", ".xsl")]
    public async Task An_html_or_xml_document_asset_is_ES0033(string file, string extension)
    {
        var before = await BuildGoodAsync();
        _site.Write(file, "<script>alert(document.cookie)</script>\n");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, $"{file}: error ES0033: " + EngineErrors.ActiveAsset.Format($"a '{extension}' file"), before, _site);
    }

    [Fact]
    public async Task Plain_svg_images_like_the_theme_icon_are_published()
    {
        File.Copy(Path.Combine(RepoPaths.Theme, "assets", "favicon.svg"), _site.PathOf("theme/assets/favicon.svg"));
        _site.Write("input/assets/chart.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" role=\"img\" aria-label=\"A chart\">\n" +
            "<title>Sessions on the question</title><a href=\"https://example.org/\"><text x=\"1\" y=\"10\">online</text></a>\n" +
            "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>\n");

        var run = await BuildAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var assets = Directory.EnumerateFiles(Path.Combine(_site.Output, "assets")).Select(Path.GetFileName).ToList();
        Assert.Contains(assets, f => f!.StartsWith("favicon.", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Contains(assets, f => f!.StartsWith("chart.", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u0001", 0x01)]
    [InlineData("\u001b]0;owned\u0007", 0x1B)]
    [InlineData("\u001b[2J\u001b[31m", 0x1B)]
    [InlineData("\u0007", 0x07)]
    [InlineData("\u009b31m", 0x9B)]
    [InlineData("\u007f", 0x7F)]
    public async Task A_control_character_in_text_is_ES0007_at_it_and_printed_escaped(string control, int code)
    {
        var before = await BuildGoodAsync();
        _site.Replace("input/explainers/first.md", "title: \"The first explainer\"", $"title: \"The first {control} explainer\"");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "input/explainers/first.md:2:19: error ES0007: " + EngineErrors.ControlCharacter.Format(code), before, _site);
        Assert.Contains($"     2 | title: \"The first \\u{code:X4}", run.Stderr);
        Assert.DoesNotContain(run.Stderr, c => char.IsControl(c) && c is not '\n');
    }

    [Fact]
    public async Task A_control_character_in_a_theme_file_is_refused_too()
    {
        var before = await BuildGoodAsync();
        _site.Replace("theme/partials/footer.liquid", "<footer>", "<footer>\u001b[5m");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, "", before, _site);
        Assert.Matches(@"(?m)^theme/partials/footer\.liquid:\d+:\d+: error ES0007: ", run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stderr);
    }

    [Theory]
    [InlineData("input/ab\u202Eout.md", "it contains the invisible character U+202E, which makes a name look like another")]
    [InlineData("input/ab\u2066out.md", "it contains the invisible character U+2066, which makes a name look like another")]
    [InlineData("input/ab\u200Bout.md", "it contains the invisible character U+200B, which makes a name look like another")]
    [InlineData("input/explainers/fi\u200Drst-copy.md", "it contains the invisible character U+200D, which makes a name look like another")]
    [InlineData("input/assets/\uFEFFlogo.png", "it contains the invisible character U+FEFF, which makes a name look like another")]
    [InlineData("input/ab#out.md", "'#' cannot be part of a page's address as written (it starts a fragment, a query or an escape)")]
    [InlineData("input/about?.md", "'?' cannot be part of a page's address as written (it starts a fragment, a query or an escape)")]
    [InlineData("input/explainers/50%.md", "'%' cannot be part of a page's address as written (it starts a fragment, a query or an escape)")]
    [InlineData("theme/assets/a#b.css", "'#' cannot be part of a page's address as written (it starts a fragment, a query or an escape)")]
    public async Task A_file_name_that_hides_or_breaks_its_address_is_ES0032(string file, string problem)
    {
        var before = await BuildGoodAsync();
        _site.Write(file, file.EndsWith(".md", StringComparison.Ordinal)
            ? "---\ntitle: \"T\"\ndescription: \"D\"\npublished: 2025-02-01\norder: 5\n---\n\nText.\n"
            : "x");

        var run = await BuildAsync();

        CliAssert.FailsWith(run, Pipework.Host.Cli.DiagnosticPrinter.EscapeControls($"{file}: error ES0032: " + EngineErrors.UnsafeFileName.Format(problem)), before, _site);
        Assert.DoesNotContain(run.Stderr, c => SourcePaths.IsInvisibleFormat(c));
    }
}
