using ExplainerSite.Citing;

namespace ExplainerSite.Tests.Citing;

/// <summary>BibTeX escapes, the CSV cell's formula neutralising, and the test's BibTeX reader failing when it should.</summary>
public sealed class CitingTextTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-3", "'-3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rCR", "\"'\rCR\"")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("plain", "plain")]
    [InlineData("a, \"b\"", "\"a, \"\"b\"\"\"")]
    [InlineData("in-between = fine", "in-between = fine")]
    public void A_CSV_cell_that_would_start_a_formula_gets_a_leading_quote(string value, string expected) =>
        Assert.Equal(expected, CsvField.Write(value));

    [Theory]
    [InlineData("A & B", @"A \& B")]
    [InlineData("50%", @"50\%")]
    [InlineData("#1 $2 _3", @"\#1 \$2 \_3")]
    [InlineData("{x}", @"\textbraceleft{}x\textbraceright{}")]
    [InlineData(@"a\b", @"a\textbackslash{}b")]
    [InlineData("~^", @"\textasciitilde{}\textasciicircum{}")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("Café “quoted”", "Café “quoted”")]
    public void BibTeX_text_has_its_specials_escaped(string text, string expected) =>
        Assert.Equal(expected, BibTex.Escape(text));

    [Theory]
    [InlineData("Dario Amodei and Matt Pottinger", "Dario Amodei and Matt Pottinger")]
    [InlineData("Stephen Nellis and Karen Freifeld (Reuters report)", "{Stephen Nellis and Karen Freifeld (Reuters report)}")]
    [InlineData("Reuters, staff", "{Reuters, staff}")]
    public void Names_are_split_only_when_they_are_plain_names(string names, string expected) =>
        Assert.Equal(expected, BibTex.Names(names));

    [Fact]
    public void A_URL_keeps_its_characters_but_not_braces_or_spaces() =>
        Assert.Equal("https://x.example/a%7Bb%7D%20c?d=1&e=50%25#f_g", BibTex.Url("https://x.example/a{b} c?d=1&e=50%25#f_g"));

    [Theory]
    [InlineData("@online{k,\n  title = {a {b},\n}\n")]
    [InlineData("@online{k,\n  title = a,\n}\n")]
    [InlineData("stray text\n@online{k,\n  title = {a},\n}\n")]
    [InlineData("@online{k k,\n  title = {a},\n}\n")]
    public void The_test_reader_rejects_broken_BibTeX(string text) =>
        Assert.Throws<FormatException>(() => BibTexReader.Read(text));

    [Fact]
    public void The_test_reader_finds_bare_specials()
    {
        var entry = BibTexReader.Read("@online{k,\n  title = {100% & more},\n  url = {https://x.example/?a=1&b=2%20},\n}\n")[0];
        Assert.Equal(2, BibTexReader.BareSpecials(entry).Count());
    }
}
