using ExplainerSite.Citations;
using ExplainerSite.Rendering.Comparisons;
using YamlDotNet.Core;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>The small pieces: CSV fields, score formatting, and where an intro sits in its YAML file.</summary>
public sealed class ComparisonFormatTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("“curly” quotes", "“curly” quotes")]
    public void Csv_fields_are_quoted_only_when_rfc_4180_requires_it(string? value, string expected) =>
        Assert.Equal(expected, ComparisonCsv.Field(value));

    [Theory]
    [InlineData(78.0, "78.0")]
    [InlineData(88.3, "88.3")]
    [InlineData(49.25, "49.25")]
    public void Scores_are_written_as_printed(double score, string expected) =>
        Assert.Equal(expected, ComparisonData.Score(score));

    [Fact]
    public void A_literal_block_maps_line_and_column_through_its_indentation()
    {
        var location = IntroLocation.Find("title: x\nintro: |\n    one\n    two [@X]\n", "intro")!;
        Assert.Equal(ScalarStyle.Literal, location.Style);
        Assert.Equal((4, 4 + 6), location.Map(1, 6));
    }

    [Fact]
    public void A_folded_intro_reports_at_its_start()
    {
        var location = IntroLocation.Find("intro: >\n  one\n  two\n", "intro")!;
        Assert.Equal((1, 8), location.Map(0, 9));
    }

    [Fact]
    public void Only_a_top_level_key_is_found()
    {
        Assert.Null(IntroLocation.Find("caveats:\n  - intro: nested\n", "intro"));
        Assert.Equal(3, IntroLocation.Find("caveats:\n  - text: a\nintro: top\n", "intro")!.Line);
    }
}
