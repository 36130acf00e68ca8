using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;
using Pipework.Metadata;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Engine;

public sealed class ExtractFrontMatterTests
{
    private static Task<BuildResult> Extract(string content) =>
        EngineRunner.ProcessAsync(new ExtractFrontMatter(), new Document { Source = "explainers/a.md", Content = content });

    [Fact]
    public async Task Front_matter_becomes_metadata_and_the_body_keeps_its_file_line()
    {
        var doc = (await Extract("---\ntitle: Export controls\nweight: 2\n---\n# Heading\n\nText.\n")).Single();

        var front = doc.GetRequired<OrderedDictionary<string, object?>>(Keys.FrontMatter);
        Assert.Equal("Export controls", front["title"]);
        Assert.Equal(2L, front["weight"]);
        Assert.Equal("# Heading\n\nText.\n", doc.Content);
        Assert.Equal(5, doc.Get<int>(Keys.ContentLine));
        Assert.Equal(2, doc.Get<int>(Keys.FrontMatterLine));
        Assert.Equal("title: Export controls\nweight: 2\n", doc.Get<string>(ExtractFrontMatter.FrontMatterText));
    }

    [Fact]
    public async Task Without_front_matter_the_body_starts_on_line_1_with_empty_metadata()
    {
        var doc = (await Extract("# Just a body\n")).Single();

        Assert.Equal("# Just a body\n", doc.Content);
        Assert.Equal(1, doc.Get<int>(Keys.ContentLine));
        Assert.Empty(doc.GetRequired<OrderedDictionary<string, object?>>(Keys.FrontMatter));
    }

    [Fact]
    public async Task Empty_front_matter_gives_empty_metadata()
    {
        var doc = (await Extract("---\n---\nBody\n")).Single();

        Assert.Empty(doc.GetRequired<OrderedDictionary<string, object?>>(Keys.FrontMatter));
        Assert.Equal(("Body\n", 3), (doc.Content, doc.Get<int>(Keys.ContentLine)));
    }

    [Fact]
    public async Task Unclosed_front_matter_is_ES0002_at_1_1()
    {
        var result = await Extract("---\ntitle: x\n\n# Body that never closed the front matter\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES0002", "front matter opened with '---' on line 1 is never closed"), (d.Code, d.Message));
        Assert.Equal(("explainers/a.md", 1, 1), (d.File, d.Line, d.Column));
        Assert.Empty(result.Documents[EngineRunner.PipelineName]);
    }

    [Fact]
    public async Task YAML_errors_in_front_matter_are_positioned_at_the_file_line()
    {
        var result = await Extract("---\ntitle: x\ntitle: y\n---\nBody\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES0001", "explainers/a.md", 3, 1), (d.Code, d.File, d.Line, d.Column));
    }

    [Fact]
    public async Task Front_matter_that_is_not_a_mapping_is_ES0003()
    {
        var d = Assert.Single((await Extract("---\n- a\n- b\n---\nBody\n")).Diagnostics);

        Assert.Equal(("ES0003", 2, 1), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public async Task CRLF_and_BOM_are_handled_by_reading_through_TextFile()
    {
        using var input = new TempFolder();
        input.WriteBytes("a.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: x\r\n---\r\nLine one\r\nLine two\r\n"u8]);

        var result = await EngineRunner.ProcessAsync([new ReadFiles("*.md"), new ExtractFrontMatter()], [], input.Path);

        var doc = result.Single();
        Assert.Equal("x", doc.GetRequired<OrderedDictionary<string, object?>>(Keys.FrontMatter)["title"]);
        Assert.Equal("Line one\nLine two\n", doc.Content);
        Assert.Equal(4, doc.Get<int>(Keys.ContentLine));
    }

    [Fact]
    public async Task Invalid_UTF8_is_ES0005_naming_the_byte_offset()
    {
        using var input = new TempFolder();
        input.WriteBytes("bad.md", [.. "---\ntitle: "u8, 0xE9, .. "\n---\n"u8]);
        input.Write("good.md", "---\ntitle: ok\n---\n");

        var result = await EngineRunner.ProcessAsync([new ReadFiles("*.md"), new ExtractFrontMatter()], [], input.Path);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES0005", "file is not valid UTF-8 (invalid byte at offset 11)", "bad.md"), (d.Code, d.Message, d.File));
        Assert.Equal("good.md", result.Single().Source);
    }
}
