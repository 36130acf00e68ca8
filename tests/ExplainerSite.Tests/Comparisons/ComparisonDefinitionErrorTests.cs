using Pipework.Diagnostics;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>
/// Mistakes in a comparison definition are build errors with a constant text, at the file, line and column
/// of the mistake; in an intro, at the citation's own place in the YAML file.
/// </summary>
public sealed class ComparisonDefinitionErrorTests
{
    private static async Task<List<Diagnostic>> BuildWithAsync(string file, string yaml)
    {
        using var temp = new TempFolder();
        RepoPaths.CopyTree(ComparisonFixtureSiteTests.Input, temp.Combine("input"));
        temp.Write("input/comparisons/" + file, yaml);
        var result = await SiteBuilder.BuildAsync(temp.Combine("input"), RepoPaths.Theme, temp.Combine("out"), writeOutput: false);
        Assert.False(result.Succeeded);
        return [.. result.Diagnostics.Where(d => d.File == "comparisons/" + file)];
    }

    private static void AssertError(Diagnostic d, string code, string message, string file, int line, int column)
    {
        Assert.Equal((Severity.Error, code, message, file, line, column), (d.Severity, d.Code, d.Message, d.File, d.Line, d.Column));
    }

    [Fact]
    public async Task An_unknown_item_and_an_unknown_attribute_are_reported_at_their_place()
    {
        var errors = await BuildWithAsync("bad.yml", """
            title: "Bad"
            description: "Bad."
            collection: stakeholders
            items: [alpha, gamma]
            rows:
              - attribute: positions.go-aheed
            """);
        Assert.Equal(2, errors.Count);
        AssertError(errors[0], "ES2004", "unknown stakeholder 'gamma'", "comparisons/bad.yml", 4, 16);
        AssertError(errors[1], "ES2010", "unknown attribute 'positions.go-aheed' for stakeholders; did you mean 'positions.go-ahead'?", "comparisons/bad.yml", 6, 16);
        Assert.Equal("comparisons/bad.yml:4:16: error ES2004: unknown stakeholder 'gamma'", errors[0].ToString());
    }

    [Fact]
    public async Task An_unknown_fact_attribute_is_only_a_validation_error()
    {
        var errors = await BuildWithAsync("fact.yml", """
            title: "Fact"
            description: "Fact."
            collection: stakeholders
            items: [alpha, beta]
            rows:
              - attribute: rol
            """);
        AssertError(Assert.Single(errors), "ES2010", "unknown attribute 'rol' for stakeholders; did you mean 'role'?", "comparisons/fact.yml", 6, 16);
    }

    [Fact]
    public async Task An_unknown_key_is_reported_with_a_suggestion()
    {
        var errors = await BuildWithAsync("typo.yml", """
            title: "Typo"
            description: "Typo."
            collection: stakeholders
            items: [alpha, beta]
            row:
              - attribute: role
            """);
        AssertError(Assert.Single(errors), "ES0101", "unknown key 'row' in comparison; did you mean 'rows'?", "comparisons/typo.yml", 5, 1);
    }

    [Fact]
    public async Task An_unknown_source_in_a_block_intro_is_reported_at_its_line_and_column_in_the_yaml()
    {
        var errors = await BuildWithAsync("intro.yml", """
            title: "Intro"
            description: "Intro."
            collection: stakeholders
            items: [alpha, beta]
            intro: |
              First line cites [@F1].
              See [@F1] and [@F9].
            """);
        AssertError(Assert.Single(errors), "ES2001", "unknown source 'F9'", "comparisons/intro.yml", 7, 19);
    }

    [Theory]
    [InlineData("intro: \"Quoted [@F7].\"", 18)]
    [InlineData("intro: Plain [@F7].", 16)]
    [InlineData("intro: 'Single [@F7].'", 18)]
    public async Task An_unknown_source_in_a_one_line_intro_is_reported_at_its_column(string intro, int column)
    {
        var errors = await BuildWithAsync("line.yml", "title: \"Line\"\ndescription: \"Line.\"\ncollection: stakeholders\nitems: [alpha, beta]\n" + intro + "\n");
        AssertError(Assert.Single(errors), "ES2001", "unknown source 'F7'", "comparisons/line.yml", 5, column);
    }

    [Fact]
    public async Task Charts_duplicates_and_a_single_item_are_errors()
    {
        var errors = await BuildWithAsync("odd.yml", """
            title: "Odd"
            description: "Odd."
            collection: stakeholders
            items: [alpha]
            rows:
              - attribute: role
              - attribute: role
            charts: [some-table]
            """);
        Assert.Equal(
            [
                ("ES2042", "a comparison needs at least two items; this one has 1", 1, 1),
                ("ES2041", "attribute 'role' is listed twice (first on line 6)", 7, 16),
                ("ES2040", "chart of table 'some-table', which this comparison does not show", 8, 10),
            ],
            errors.Select(e => (e.Code, e.Message, e.Line, e.Column)));
    }
}
