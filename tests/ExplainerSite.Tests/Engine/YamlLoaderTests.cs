using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Tests.Engine;

public sealed class YamlLoaderTests
{
    private static OrderedDictionary<string, object?> LoadMap(string yaml) =>
        Assert.IsType<OrderedDictionary<string, object?>>(YamlLoader.Load(yaml, "data/x.yml"));

    private static Diagnostic LoadError(string yaml, int lineOffset = 0) =>
        Assert.Single(Assert.Throws<ContentException>(() => YamlLoader.Load(yaml, "data/x.yml", lineOffset)).Diagnostics);

    [Fact]
    public void Unquoted_scalars_are_typed_by_the_YAML_core_schema()
    {
        var map = LoadMap("int: 42\nnegative: -7\nfloat: 1.5\nexp: 2e3\nyes: true\nno: False\nnull1: null\nnull2: ~\nempty:\ntext: hello world\n");

        Assert.Equal(42L, map["int"]);
        Assert.Equal(-7L, map["negative"]);
        Assert.Equal(1.5, map["float"]);
        Assert.Equal(2000.0, map["exp"]);
        Assert.Equal(true, map["yes"]);
        Assert.Equal(false, map["no"]);
        Assert.Null(map["null1"]);
        Assert.Null(map["null2"]);
        Assert.Null(map["empty"]);
        Assert.Equal("hello world", map["text"]);
    }

    [Fact]
    public void Quoted_and_block_scalars_stay_strings()
    {
        var map = LoadMap("a: '42'\nb: \"true\"\nc: 'null'\nd: \"\"\ne: |\n  1.5\n");

        Assert.Equal("42", map["a"]);
        Assert.Equal("true", map["b"]);
        Assert.Equal("null", map["c"]);
        Assert.Equal("", map["d"]);
        Assert.Equal("1.5\n", map["e"]);
    }

    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("12:30")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("yes")]
    public void Values_outside_the_core_schema_stay_strings(string value)
    {
        Assert.Equal(value, LoadMap($"v: {value}\n")["v"]);
    }

    [Fact]
    public void Mappings_keep_file_order_and_sequences_nest()
    {
        var map = LoadMap("zeta: 1\nalpha:\n  - b\n  - nested: true\nmid: x\n");

        Assert.Equal(["zeta", "alpha", "mid"], map.Keys);
        var list = Assert.IsType<List<object?>>(map["alpha"]);
        Assert.Equal("b", list[0]);
        Assert.Equal(true, Assert.IsType<OrderedDictionary<string, object?>>(list[1])["nested"]);
    }

    [Fact]
    public void Empty_text_loads_as_null()
    {
        Assert.Null(YamlLoader.Load("", "data/x.yml"));
    }

    [Fact]
    public void Duplicate_key_is_ES0001_at_the_second_key()
    {
        var d = LoadError("a: 1\nb:\n  c: 2\n  c: 3\n");

        Assert.Equal(("ES0001", "YAML syntax error: duplicate key 'c'"), (d.Code, d.Message));
        Assert.Equal(("data/x.yml", 4, 3), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void Line_offset_shifts_error_positions()
    {
        var d = LoadError("a: 1\na: 2\n", lineOffset: 10);

        Assert.Equal((12, 1), (d.Line, d.Column));
    }

    [Fact]
    public void Billion_laughs_is_rejected_at_the_first_anchor()
    {
        const string yaml = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            """;

        var d = LoadError(yaml);

        Assert.Equal(("ES0004", "data/x.yml", 1, 4), (d.Code, d.File, d.Line, d.Column));
    }

    [Fact]
    public void Syntax_error_is_ES0001_with_the_parser_message_and_position()
    {
        var d = LoadError("title: x\n  bad: [\n");

        Assert.Equal("ES0001", d.Code);
        Assert.StartsWith("YAML syntax error: ", d.Message);
        Assert.Equal((2, 6), (d.Line, d.Column));
    }

    [Fact]
    public void Second_document_is_an_error()
    {
        var d = LoadError("a: 1\n---\nb: 2\n");

        Assert.Equal(("ES0001", "YAML syntax error: a file holds one YAML document; remove the extra '---'"), (d.Code, d.Message));
        Assert.Equal(2, d.Line);
    }
}
