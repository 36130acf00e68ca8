using AngleSharp.Html.Parser;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Terms;

/// <summary>
/// The first use of a glossary term in each explainer links to its entry (issue 16): only in running text, once per
/// term, whole words with the case rule, matches declared in data, hostile text escaped, and an explainer can opt out.
/// </summary>
public sealed class TermLinkingTests
{
    private const string Declarations = """
        -- input/collections.yml --
        sources:
          file: sources.yml
          role: bibliography
          idPattern: "^[A-Za-z0-9]+$"
          list: { url: /sources/, sort: ["id:natural"] }
          fields:
            id: text
            title: text
            publisher: { type: text, optional: true }
        words:
          file: words.yml
          record: word
          terms: { term: term, matches: matches, definition: definition }
          list: { url: /words/, sort: [id], show: [definition, sources] }
          fields:
            id: text
            term: text
            matches: { type: list, item: text }
            definition: markdown
            sources: sources
            seeAlso: { type: list, item: { type: ref, to: words } }
        -- input/words/index.md --
        ---
        title: "Words"
        layout: glossary
        list: words
        ---
        The words.
        """;

    private const string Words = """
        -- input/words.yml --
        - id: h800
          term: "H800"
          matches: ["H800s"]
          definition: "A *China-market* chip."
          sources: [S1]
        - id: export-controls
          term: "Export controls"
          matches: ["export control"]
          definition: "Rules on selling abroad."
          sources: [S1]
        - id: entity-list
          term: "Entity List"
          definition: "A list of companies."
          sources: [S1]
        - id: gpu-hour
          term: "GPU hour"
          matches: ["GPU hours"]
          definition: "One GPU for one hour."
          sources: [S1]
        - id: evil
          term: "Tom & <b>Jerry</b>"
          matches: ["Tom & Jerry"]
          definition: "<script>alert(1)</script> and \"quotes\"."
          sources: [S1]
        """;

    private const string Explainer = """
        -- input/explainers/chips.md --
        ---
        title: "Chips"
        description: "About chips."
        published: 2026-11-28
        ---
        ## The H800 and export controls

        An h800 in lower case is not the chip. The H800 was sold; the H800 again.

        - A list item on export
          controls, then Export Controls again.

        > A quote naming the Entity List.

        Code `GPU hours`, [a link to the Entity List](/about/), then the Entity List itself.

        | Chip | Hours |
        |---|---|
        | GPU hours | 5 |

        A GPU hours2 is no word; it took 2.8M GPU hours. Tom & Jerry.
        """;

    private static async Task<(InlineSite Site, AngleSharp.Html.Dom.IHtmlDocument Page)> BuildAsync(string extra = "")
    {
        var site = await InlineSite.BuildAsync(Declarations + "\n" + Words + "\n" + Explainer + "\n" + extra);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        return (site, new HtmlParser().ParseDocument(site.Read("explainers/chips/index.html")));
    }

    private static string[] Linked(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("button.term-ref").Select(b => b.GetAttribute("popovertarget") + "=" + b.TextContent)];

    [Fact]
    public async Task Each_term_links_once_at_its_first_use_in_running_text()
    {
        var (site, page) = await BuildAsync();
        using var _ = site;
        Assert.Equal([
            "term-words-h800=H800", "term-words-export-controls=export controls", "term-words-entity-list=Entity List",
            "term-words-gpu-hour=GPU hours", "term-words-evil=Tom & Jerry",
        ], Linked(page));
        // Not in the heading, nor in lower case (H800 is matched as written), but at its first use after them.
        Assert.Equal("The H800 and export controls", page.QuerySelector("h2")!.InnerHtml);
        var body = page.QuerySelectorAll(".article-body > p")[0];
        Assert.StartsWith("An h800 in lower case is not the chip. The <button", body.InnerHtml);
        // A phrase across a soft line break is one use; "Export Controls" later is not linked again.
        Assert.Contains("Export Controls again", page.QuerySelector(".article-body li")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".article-body li button.term-ref"));
        // Never inside a quote, code, a link or a table.
        Assert.Empty(page.QuerySelectorAll("blockquote button, code button, a button, table button"));
        Assert.Equal("a link to the Entity List", page.QuerySelector("a[href='/about/']")!.TextContent);
        // Whole words only: "GPU hours2" is not a use of "GPU hours".
        Assert.StartsWith("A GPU hours2 is no word; it took 2.8M <button", page.QuerySelectorAll(".article-body > p")[2].InnerHtml);
    }

    [Fact]
    public async Task A_terms_preview_holds_its_definition_and_links_to_its_entry_on_the_list_page()
    {
        var (site, page) = await BuildAsync();
        using var _ = site;
        var preview = page.GetElementById("term-words-h800")!;
        Assert.Equal("", preview.GetAttribute("popover"));
        Assert.True(preview.HasAttribute("data-pagefind-ignore"));
        Assert.Equal("H800", preview.QuerySelector("dfn")!.TextContent);
        Assert.Equal("A <em>China-market</em> chip.", preview.QuerySelector(".term-preview-text")!.InnerHtml);
        Assert.Equal("/words/#h800", preview.QuerySelector("a")!.GetAttribute("href"));
        var close = preview.QuerySelector("button.term-preview-close")!;
        Assert.Equal(("term-words-h800", "hide"), (close.GetAttribute("popovertarget"), close.GetAttribute("popovertargetaction")));

        var list = new HtmlParser().ParseDocument(site.Read("words/index.html"));
        Assert.Equal("H800", list.QuerySelector("h2#h800")!.TextContent);
    }

    [Fact]
    public async Task Hostile_term_text_is_escaped()
    {
        var (site, _) = await BuildAsync();
        using var __ = site;
        var html = site.Read("explainers/chips/index.html");
        Assert.Contains(">Tom &amp; Jerry</button>", html);
        Assert.Contains("<dfn>Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;</dfn>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>Jerry", html);
    }

    [Fact]
    public async Task An_explainer_with_linkTerms_false_links_nothing_and_another_links_its_own_first_uses()
    {
        var (site, _) = await BuildAsync("""
            -- input/explainers/plain.md --
            ---
            title: "Plain"
            description: "No links."
            published: 2026-11-28
            linkTerms: false
            ---
            The H800 and export controls.
            -- input/explainers/more.md --
            ---
            title: "More"
            description: "Links again."
            published: 2026-11-28
            ---
            More H800s under export controls.
            """);
        using var _ = site;
        var plain = new HtmlParser().ParseDocument(site.Read("explainers/plain/index.html"));
        Assert.Empty(plain.QuerySelectorAll(".term-ref, [id^='term-']"));
        var more = new HtmlParser().ParseDocument(site.Read("explainers/more/index.html"));
        Assert.Equal(["term-words-h800=H800s", "term-words-export-controls=export controls"], Linked(more));
    }

    public static TheoryData<string, string, string> BadDeclarations => new()
    {
        { "  matches: [\"H800s\"]", "  matches: [\"H800s\", \"  \"]",
            "words.yml:3:22: error ES2702: '  ' cannot be found in text: a wording needs a letter or digit" },
        { "  matches: [\"export control\"]", "  matches: [\"export control\", \"h800s\"]",
            "words.yml:8:31: error ES2703: 'h800s' already links to word 'h800' (line 3)" },
        { "  term: \"GPU hour\"", "  term: \"H800\"",
            "words.yml:16:9: error ES2703: 'H800' already links to word 'h800' (line 2)" },
        { "  list: { url: /words/, sort: [id], show: [definition, sources] }", "  list: { sort: [id], show: [definition, sources] }",
            "collections.yml:13:10: error ES2701: term collection 'words' has no list address to link its entries to" },
        { "  terms: { term: term, matches: matches, definition: definition }",
            "  terms: { term: term, matches: definition, definition: definition }",
            "collections.yml:13:10: error ES2700: the matches field of a term collection must be a list of text, and 'definition' is markdown" },
        { "  terms: { term: term, matches: matches, definition: definition }",
            "  terms: { term: term, matches: matches, definition: defintion }",
            "collections.yml:13:10: error ES2052: 'defintion' is not a field of word; did you mean 'definition'?" },
    };

    [Theory]
    [MemberData(nameof(BadDeclarations))]
    public async Task A_bad_term_declaration_or_wording_is_an_error_at_its_place(string good, string bad, string expected)
    {
        var files = Declarations + "\n" + Words + "\n" + Explainer;
        Assert.Contains(good, files);
        using var site = await InlineSite.BuildAsync(files.Replace(good, bad, StringComparison.Ordinal));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(expected, site.Diagnostics);
    }
}
