using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Collections;

/// <summary>
/// Explainers and pages are collections of Markdown documents whose front matter is declared like any other:
/// a site adds its own keys (read as <c>page.fields</c>), and undeclared keys stay positioned errors.
/// </summary>
public sealed class FrontMatterTests
{
    private const string Site = """
        -- input/collections.yml --
        sources:
          file: sources.yml
          role: bibliography
          idPattern: "^[A-Za-z0-9]+$"
          list: { url: /sources/ }
          fields: { id: text, title: text, publisher: text }
        explainers:
          role: articles
          record: explainer front matter
          fields:
            difficulty: { type: enum, values: [easy, hard] }
        -- input/explainers/first.md --
        ---
        title: "First"
        description: "The first explainer."
        published: 2026-01-02
        order: 1
        difficulty: hard
        ---
        A claim [@S1].
        -- theme/layouts/explainer.liquid --
        ---
        layout: base
        ---
        <article><h1>{{ page.title }}</h1><p class="difficulty">{{ page.fields.difficulty }}</p>{{ content }}{% render 'references', page: page %}</article>
        """;

    [Fact]
    public async Task A_site_declares_its_own_front_matter_key_and_templates_read_it()
    {
        using var site = await InlineSite.BuildAsync(Site);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        Assert.Contains("<p class=\"difficulty\">hard</p>", site.Read("explainers/first/index.html"));
    }

    [Theory]
    [InlineData("difficulty: hard", "dificulty: hard", "explainers/first.md:6:1: error ES0101: unknown key 'dificulty' in explainer front matter; did you mean 'difficulty'?")]
    [InlineData("difficulty: hard", "difficulty: medium", "explainers/first.md:6:13: error ES0104: 'medium' is not a valid difficulty; allowed values: easy, hard")]
    [InlineData("order: 1", "order: first", "explainers/first.md:5:8: error ES0103: expected a whole number, found 'first'")]
    [InlineData("published: 2026-01-02", "published: 2026-01", "explainers/first.md:4:12: error ES2006: '2026-01' is not a date; write YYYY-MM-DD")]
    public async Task A_bad_front_matter_value_is_an_error_at_its_place(string good, string bad, string expected)
    {
        Assert.Contains(good, Site);
        using var site = await InlineSite.BuildAsync(Site.Replace(good, bad, StringComparison.Ordinal));
        Assert.Contains(expected, site.Diagnostics);
    }
}
