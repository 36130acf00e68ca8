using ExplainerSite.Citations;

namespace ExplainerSite.Tests.Citations;

public sealed class CitationNumberingTests
{
    [Fact]
    public void Each_citation_of_a_source_gets_the_sources_number_and_the_next_use()
    {
        var numbering = new CitationNumbering();
        Assert.Equal(new CitationMark(1, 1), numbering.Cite("S3"));
        Assert.Equal(new CitationMark(2, 1), numbering.Cite("S7"));
        Assert.Equal(new CitationMark(1, 2), numbering.Cite("S3"));
        Assert.Equal("cite-1-2", new CitationMark(1, 2).Id);
        Assert.Equal(2, numbering.Uses(1));
        Assert.Equal(1, numbering.Uses(2));
    }

    [Fact]
    public void Numbering_a_source_without_citing_it_records_no_use()
    {
        var numbering = new CitationNumbering();
        Assert.Equal(1, numbering.Number("S3"));
        Assert.Equal(0, numbering.Uses(1));
    }

    [Fact]
    public void A_clone_continues_numbers_and_uses_without_changing_the_original()
    {
        var body = new CitationNumbering();
        body.Cite("S3");
        body.Cite("S3");
        var page = body.Clone();
        Assert.Equal(new CitationMark(1, 3), page.Cite("S3"));
        Assert.Equal(new CitationMark(2, 1), page.Cite("S9"));
        Assert.Equal(2, body.Uses(1));
        Assert.Equal(["S3"], body.Sources);
    }

    [Fact]
    public void A_source_named_twice_in_one_cell_is_one_citation()
    {
        var numbering = new CitationNumbering();
        var html = CitationMarkup.Superscript(numbering, ["S3", "S7", "S3"]);
        Assert.Equal(1, numbering.Uses(1));
        Assert.Equal(2, html.Split("<button").Length - 1);
        Assert.Contains("id=\"cite-1-1\" popovertarget=\"cite-preview-1\"", html);
        Assert.Contains("id=\"cite-2-1\" popovertarget=\"cite-preview-2\"", html);
    }
}
