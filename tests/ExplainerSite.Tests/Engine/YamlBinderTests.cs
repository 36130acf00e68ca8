using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Tests.Engine;

public sealed class YamlBinderTests
{
    private static TestPage Bind(string yaml, int firstLine = 1) => YamlBinder.Shared.Bind<TestPage>(yaml, "pages/a.yml", firstLine);

    private static Diagnostic BindError(string yaml, int firstLine = 1) =>
        Assert.Single(Assert.Throws<ContentException>(() => Bind(yaml, firstLine)).Diagnostics);

    [Fact]
    public void Binds_camelCase_keys_to_properties()
    {
        var page = Bind("title: Export controls\nsummary: Short\nweight: 3\nsections:\n  - heading: One\n");

        Assert.Equal("Export controls", page.Title);
        Assert.Equal("Short", page.Summary);
        Assert.Equal(3, page.Weight);
        Assert.Equal("One", Assert.Single(page.Sections).Heading);
    }

    [Fact]
    public void Unknown_key_is_ES0101_with_a_suggestion_at_the_key()
    {
        var d = BindError("weight: 2\ntitel: Export controls\n");

        Assert.Equal(("ES0101", "unknown key 'titel' in test page; did you mean 'title'?"), (d.Code, d.Message));
        Assert.Equal(("pages/a.yml", 2, 1), (d.File, d.Line, d.Column));
        Assert.Equal("Keys are case-sensitive; see docs/content-model.md for the allowed keys.", d.Hint);
    }

    [Fact]
    public void Unknown_key_far_from_every_allowed_key_has_no_suggestion()
    {
        var d = BindError("title: x\ncompletelyDifferent: y\n");

        Assert.Equal("unknown key 'completelyDifferent' in test page", d.Message);
    }

    [Fact]
    public void Unknown_key_in_a_nested_record_is_positioned_at_that_key()
    {
        var d = BindError("title: x\nsections:\n  - heading: One\n    headng: Two\n");

        Assert.Equal(("ES0101", "unknown key 'headng' in TestSection; did you mean 'heading'?"), (d.Code, d.Message));
        Assert.Equal((4, 5), (d.Line, d.Column));
    }

    [Fact]
    public void Missing_required_key_is_ES0102_at_the_start_of_the_record()
    {
        var d = BindError("summary: no title here\n");

        Assert.Equal(("ES0102", "missing required key 'title' in test page"), (d.Code, d.Message));
        Assert.Equal(("pages/a.yml", 1, 1), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void Every_missing_key_of_nested_records_is_reported_at_its_own_record()
    {
        var ex = Assert.Throws<ContentException>(() => Bind("title: x\nsections:\n  - heading: One\n  - note: a\n  -   note: b\n"));

        Assert.Equal(
            [("ES0102", "missing required key 'heading' in TestSection", 4, 5), ("ES0102", "missing required key 'heading' in TestSection", 5, 7)],
            ex.Diagnostics.Select(d => (d.Code, d.Message, d.Line, d.Column)));
    }

    [Fact]
    public void Wrong_type_is_ES0103_at_the_value()
    {
        var d = BindError("title: x\nweight: heavy\n");

        Assert.Equal(("ES0103", "expected a whole number, found 'heavy'"), (d.Code, d.Message));
        Assert.Equal(("pages/a.yml", 2, 9), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void Duplicate_key_is_ES0001_at_the_second_key()
    {
        var d = BindError("title: one\nweight: 1\ntitle: two\n");

        Assert.Equal("ES0001", d.Code);
        Assert.Contains("duplicate key", d.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((3, 1), (d.Line, d.Column));
    }

    [Theory]
    [InlineData("title: &t x\n", 1, 8)]
    [InlineData("title: x\nsummary: *t\n", 2, 10)]
    [InlineData("title: x\nsections:\n  - &s\n    heading: a\n", 3, 5)]
    public void Anchors_and_aliases_are_ES0004_at_their_position(string yaml, int line, int column)
    {
        var d = BindError(yaml);

        Assert.Equal(("ES0004", "YAML anchors and aliases ('&name', '*name') are not allowed in content files"), (d.Code, d.Message));
        Assert.Equal(("pages/a.yml", line, column), (d.File, d.Line, d.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n")]
    public void Empty_yaml_is_ES0006(string yaml)
    {
        var d = BindError(yaml, firstLine: 2);

        Assert.Equal(("ES0006", "file is empty"), (d.Code, d.Message));
        Assert.Equal(("pages/a.yml", 2, 1), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void Refs_keep_their_id_and_the_1_based_line_and_column_of_the_value()
    {
        var page = Bind("title: x\nsource: '@sipri-2024'\nrelated:\n  - alpha\n  -   beta\n");

        Assert.Equal(("sipri-2024", 2, 9), (page.Source!.Id, page.Source.Line, page.Source.Column));
        Assert.Equal([("alpha", 4, 5), ("beta", 5, 7)], page.Related.Select(r => (r.Id, r.Line, r.Column)));
    }

    [Fact]
    public void Nested_records_keep_the_1_based_position_of_their_first_key()
    {
        var page = Bind("title: x\nsections:\n  - heading: One\n  -   heading: Two\n");

        Assert.Equal((1, 1), (page.Line, page.Column));
        Assert.Equal([(3, 5), (4, 7)], page.Sections.Select(s => (s.Line, s.Column)));
    }

    [Fact]
    public void First_line_shifts_the_positions_of_records_and_refs_to_the_lines_of_the_file()
    {
        // Front matter YAML starting on line 2 of a Markdown file (line 1 is '---').
        var page = Bind("title: x\nsource: abc\nsections:\n  - heading: One\n", firstLine: 2);

        Assert.Equal((2, 1), (page.Line, page.Column));
        Assert.Equal((3, 9), (page.Source!.Line, page.Source.Column));
        Assert.Equal((5, 5), (page.Sections[0].Line, page.Sections[0].Column));
    }

    [Theory]
    [InlineData("weight: 1\ntitel: y\n", "ES0101", 3, 1)]
    [InlineData("title: x\nweight: heavy\n", "ES0103", 3, 9)]
    [InlineData("summary: s\n", "ES0102", 2, 1)]
    [InlineData("title: x\nsummary: *a\n", "ES0004", 3, 10)]
    public void First_line_shifts_the_positions_of_errors_to_the_lines_of_the_file(string yaml, string code, int line, int column)
    {
        var d = BindError(yaml, firstLine: 2);

        Assert.Equal((code, line, column), (d.Code, d.Line, d.Column));
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("summray", "summary")]
    [InlineData("zzzzzz", null)]
    public void Suggest_finds_the_closest_key_within_a_small_distance(string key, string? expected)
    {
        Assert.Equal(expected, YamlBinder.Suggest(key, ["title", "summary", "weight", "source"]));
    }
}
