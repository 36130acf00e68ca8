using Pipework.Diagnostics;
using Pipework.Templates;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Engine;

/// <summary>Layouts rendered from a temp theme folder: encoding, chaining, errors with positions, strict variables, UTC dates.</summary>
public sealed class ThemeTemplatesTests : IDisposable
{
    private readonly TempFolder _theme = new();

    public void Dispose() => _theme.Dispose();

    private void Layout(string name, string text) => _theme.Write($"layouts/{name}.liquid", text);

    private string Render(string layout, string content = "", params (string Key, object? Value)[] variables) =>
        new ThemeTemplates(_theme.Path).Render(layout, variables.ToDictionary(v => v.Key, v => v.Value), content, "explainers/a.md");

    private Diagnostic RenderError(string layout, params (string Key, object? Value)[] variables) =>
        Assert.Single(Assert.Throws<ContentException>(() => Render(layout, "", variables)).Diagnostics);

    private static OrderedDictionary<string, object?> Page(params (string Key, object? Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));

    [Fact]
    public void Variables_are_HTML_encoded_by_default()
    {
        Layout("page", "<h1>{{ page.title }}</h1>");

        var html = Render("page", "", ("page", Page(("title", "<script>alert(\"x\")</script> & more"))));

        Assert.Equal("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</h1>", html);
    }

    [Fact]
    public void Non_ASCII_text_stays_literal()
    {
        Layout("page", "{{ page.title }}");

        Assert.Equal("Contrôle é 出口管制 — “x”", Render("page", "", ("page", Page(("title", "Contrôle é 出口管制 — “x”")))));
    }

    [Fact]
    public void Content_is_inserted_without_encoding()
    {
        Layout("page", "<main>{{ content }}</main>");

        Assert.Equal("<main><p>Body &amp; <em>more</em></p></main>", Render("page", "<p>Body &amp; <em>more</em></p>"));
    }

    [Fact]
    public void Layout_front_matter_chains_into_a_parent_layout()
    {
        Layout("base", "<html><title>{{ page.title }}</title>{{ content }}</html>");
        Layout("page", "---\nlayout: base\n---\n<article>{{ content }}</article>");

        var html = Render("page", "<p>Hi</p>", ("page", Page(("title", "T"))));

        Assert.Equal("<html><title>T</title><article><p>Hi</p></article></html>", html);
    }

    [Fact]
    public void Missing_layout_is_ES0011_listing_the_available_layouts()
    {
        Layout("page", "x");
        Layout("base", "y");

        var d = RenderError("pgae");

        Assert.Equal(("ES0011", "layout 'pgae' does not exist", "explainers/a.md"), (d.Code, d.Message, d.File));
        Assert.Equal("Available layouts: base, page.", d.Hint);
    }

    [Fact]
    public void Missing_parent_layout_is_ES0011()
    {
        Layout("page", "---\nlayout: nope\n---\n{{ content }}");

        var d = RenderError("page");

        Assert.Equal(("ES0011", "layout 'nope' does not exist"), (d.Code, d.Message));
    }

    [Fact]
    public void Liquid_syntax_error_is_ES0010_at_Fluid_line_and_column()
    {
        Layout("page", "<p>\n{% bogus %}\n");

        var d = RenderError("page");

        Assert.Equal(("ES0010", "template syntax error: Unknown tag 'bogus'"), (d.Code, d.Message));
        Assert.Equal(("theme/layouts/page.liquid", 2, 9), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void Liquid_syntax_error_line_counts_the_layout_front_matter()
    {
        Layout("base", "{{ content }}");
        Layout("page", "---\nlayout: base\n---\n<article>\n  {% for x in %}{% endfor %}\n</article>\n");

        var d = RenderError("page");

        Assert.Equal(("ES0010", "template syntax error: Invalid 'for' tag"), (d.Code, d.Message));
        Assert.Equal(("theme/layouts/page.liquid", 5, 9), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void Undefined_variable_is_ES0012_at_the_tag_of_the_layout_that_uses_it()
    {
        Layout("page", "<p>\n  <h1>{{ titel }}</h1>");

        var d = RenderError("page", ("title", "T"));

        Assert.Equal(("ES0012", "template error in 'theme/layouts/page.liquid': undefined variable 'titel'"), (d.Code, d.Message));
        Assert.Equal(("theme/layouts/page.liquid", 2, 10), (d.File, d.Line, d.Column));
    }

    [Theory]
    [InlineData("{{ page.titel }}")]
    [InlineData("{% if page.titel %}yes{% endif %}")]
    [InlineData("{{ page.titel | default: 'x' }}")]
    [InlineData("{{ page['titel'] }}")]
    public void Missing_dictionary_member_is_ES0012_with_a_suggestion(string template)
    {
        Layout("page", template);

        var d = RenderError("page", ("page", Page(("title", "T"), ("summary", null))));

        Assert.Equal(("ES0012", "template error in 'theme/layouts/page.liquid': undefined variable 'titel'; did you mean 'title'?"), (d.Code, d.Message));
    }

    [Fact]
    public void Missing_member_of_a_nested_dictionary_is_ES0012()
    {
        Layout("page", "{% for s in page.sections %}{{ s.headng }}{% endfor %}");

        var d = RenderError("page", ("page", Page(("sections", new List<object?> { Page(("heading", "A")) }))));

        Assert.Equal("template error in 'theme/layouts/page.liquid': undefined variable 'headng'; did you mean 'heading'?", d.Message);
    }

    [Fact]
    public void Present_key_with_a_null_value_is_falsy_and_renders_empty()
    {
        Layout("page", "[{{ page.summary }}]{% if page.summary %}yes{% else %}no{% endif %}{{ page.summary | default: 'none' }}");

        Assert.Equal("[]nonone", Render("page", "", ("page", Page(("summary", null)))));
    }

    [Fact]
    public void Dates_render_in_UTC_whatever_their_offset()
    {
        Layout("page", "{{ published | date: '%Y-%m-%d %H:%M' }}|{{ unspecified | date: '%H:%M' }}");

        var html = Render("page", "",
            ("published", new DateTimeOffset(2024, 1, 2, 23, 30, 0, TimeSpan.FromHours(-5))),
            ("unspecified", new DateTime(2024, 1, 2, 8, 15, 0, DateTimeKind.Unspecified)));

        Assert.Equal("2024-01-03 04:30|08:15", html);
    }

    [Fact]
    public void Layouts_that_name_each_other_are_an_error_not_a_loop()
    {
        Layout("a", "---\nlayout: b\n---\n{{ content }}");
        Layout("b", "---\nlayout: a\n---\n{{ content }}");

        var d = RenderError("a");

        Assert.Equal(("ES0012", "template error in 'theme/layouts/a.liquid': layouts form a cycle"), (d.Code, d.Message));
    }

    [Fact]
    public void Partials_render_from_the_theme_partials_folder()
    {
        _theme.Write("partials/card.liquid", "<div>{{ title }}</div>");
        Layout("page", "{% render 'card', title: page.title %}");

        Assert.Equal("<div>&lt;b&gt;</div>", Render("page", "", ("page", Page(("title", "<b>")))));
    }

    [Fact]
    public void Unknown_filter_is_ES0012()
    {
        Layout("page", "{{ page.title | upcasee }}");

        var d = RenderError("page", ("page", Page(("title", "t"))));

        Assert.Equal(("ES0012", "template error in 'theme/layouts/page.liquid': Undefined filter 'upcasee'"), (d.Code, d.Message));
    }
}
