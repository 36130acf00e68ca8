using Pipework.Diagnostics;
using Pipework.IO;
using ExplainerSite.Tests.Editor;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Theme;

/// <summary>
/// The theme contract of docs/theme.md through the real command line: the minimal site, layout lookup and its
/// fallbacks, layout names, the built-in 404 page, and optional fields that read as empty.
/// </summary>
public sealed class ThemeContractTests
{
    private const string SiteYml = "title: Mini\nurl: https://mini.example.org\n";
    private const string Index = "---\ntitle: Hello\n---\n\nA sentence.\n";
    private const string Default = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ page.title }}</title></head>\n<body>{{ content }}</body></html>\n";

    private static TextSite Minimal(params (string, string)[] more) =>
        new([("input/site.yml", SiteYml), ("input/index.md", Index), ("theme/layouts/default.liquid", Default), .. more]);

    [Fact]
    public async Task Minimal_site_builds_and_writes_only_what_it_implies()
    {
        using var site = Minimal();
        var run = await site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        // The manifest is the output folder's own record of what the generator wrote (OutputManifest), not site output.
        Assert.Equal([OutputManifest.FileName, "404.html", "index.html", "robots.txt", "sitemap.xml"], run.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hello</title></head>\n<body><p>A sentence.</p>\n</body></html>\n",
            run.Files["index.html"]);
        Assert.Contains("<title>Page not found</title>", run.Files["404.html"]);
        Assert.Contains("<loc>https://mini.example.org/</loc>", run.Files["sitemap.xml"]);
        Assert.Single(run.Files["sitemap.xml"].Split("<loc>").Skip(1));
        Assert.All(run.Files.Values, text =>
        {
            Assert.DoesNotContain("1970", text);
            Assert.DoesNotContain("/compare/", text);
            Assert.DoesNotContain("/explainers/", text);
        });
    }

    [Fact]
    public async Task An_explainer_falls_back_to_default_and_brings_the_feed()
    {
        using var site = Minimal(("input/explainers/first.md",
            "---\ntitle: First\ndescription: The first one.\npublished: 2025-01-27\norder: 1\n---\n\nBody.\n"));
        var run = await site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<title>First</title>", run.Files["explainers/first/index.html"]);
        Assert.Contains("<updated>2025-01-27T00:00:00Z</updated>", run.Files["feed.xml"]);
        Assert.Contains("<loc>https://mini.example.org/explainers/first/</loc>", run.Files["sitemap.xml"]);
    }

    [Fact]
    public async Task The_kind_layout_comes_before_default_and_a_named_layout_before_both()
    {
        using var site = Minimal(
            ("theme/layouts/page.liquid", "page:{{ page.title }}|{{ page.layout }}\n"),
            ("theme/layouts/wide.liquid", "wide:{{ page.title }}|{{ page.layout }}\n"),
            ("input/about.md", "---\ntitle: About\nlayout: wide\n---\n\nText.\n"));
        var run = await site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("page:Hello|page\n", run.Files["index.html"]);
        Assert.Equal("wide:About|wide\n", run.Files["about/index.html"]);
        Assert.Contains("<title>Page not found</title>", run.Files["404.html"]);   // no 404 layout: default
    }

    [Fact]
    public async Task A_named_layout_an_explainer_asks_for_is_used()
    {
        using var site = Minimal(
            ("theme/layouts/essay.liquid", "essay:{{ page.title }}\n"),
            ("input/explainers/first.md", "---\ntitle: First\ndescription: D.\npublished: 2025-01-27\nlayout: essay\n---\n\nBody.\n"));
        var run = await site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("essay:First\n", run.Files["explainers/first/index.html"]);
    }

    [Theory]
    [InlineData("../default")]
    [InlineData("layouts/default")]
    [InlineData("a\\\\b")]
    [InlineData("default.liquid")]
    public async Task A_layout_is_a_name_not_a_path(string layout)
    {
        using var site = Minimal(("input/about.md", $"---\ntitle: About\nlayout: \"{layout}\"\n---\n\nText.\n"));
        var run = await site.BuildAsync();
        var shown = layout.Replace("\\\\", "\\", StringComparison.Ordinal);
        CliAssert.FailsWith(new(run.ExitCode, run.Stdout, run.Stderr),
            "input/about.md:3:9: error ES0013: " + EngineErrors.NotALayoutName.Format(shown));
    }

    [Fact]
    public async Task A_missing_named_layout_is_ES0011_at_the_key()
    {
        using var site = Minimal(("input/about.md", "---\ntitle: About\nlayout: wdie\n---\n\nText.\n"));
        var run = await site.BuildAsync();
        CliAssert.FailsWith(new(run.ExitCode, run.Stdout, run.Stderr), "input/about.md:3:9: error ES0011: " + EngineErrors.LayoutNotFound.Format("wdie"));
        Assert.Contains("hint: Available layouts: default.", run.Stderr);
    }

    [Fact]
    public async Task Without_default_a_page_whose_kind_has_no_layout_is_ES0014_and_404_is_built_in()
    {
        using var site = new TextSite(("input/site.yml", SiteYml), ("input/index.md", Index), ("theme/layouts/page.liquid", Default),
            ("input/explainers/first.md", "---\ntitle: First\ndescription: D.\npublished: 2025-01-27\n---\n\nBody.\n"));
        var run = await site.BuildAsync();
        CliAssert.FailsWith(new(run.ExitCode, run.Stdout, run.Stderr),
            "input/explainers/first.md: error ES0014: " + EngineErrors.NoLayout.Format("'explainer', 'default'"));

        site.Delete("input/explainers/first.md");
        run = await site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<title>Page not found · Mini</title>", run.Files["404.html"]);
        Assert.Contains("<a href=\"/\">Go to the home page</a>", run.Files["404.html"]);
    }

    [Fact]
    public async Task An_absent_optional_field_reads_as_empty_but_a_misspelt_one_is_an_error()
    {
        using var site = Minimal(("theme/layouts/page.liquid",
            "{% if page.description %}D{% endif %}{% if site.description %}S{% endif %}{% if page.updated %}U{% endif %}[{{ page.title }}]\n"));
        var run = await site.BuildAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("[Hello]\n", run.Files["index.html"]);

        site.Write("theme/layouts/page.liquid", "{{ page.titel }}\n");
        run = await site.BuildAsync();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("undefined variable 'titel'; did you mean 'title'?", run.Stderr);
    }
}
