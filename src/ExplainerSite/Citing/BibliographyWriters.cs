using System.Text.Json.Nodes;
using System.Text;
using ExplainerSite.Model;

namespace ExplainerSite.Citing;

/// <summary>
/// The whole bibliography as downloads: CSV, JSON and BibTeX, each naming where it comes from and, when site.yml
/// gives one, the licence of the list (the site's own data; each source keeps its own rights).
/// </summary>
/// <param name="SiteName">The site's title.</param>
/// <param name="ListPath">The bibliography's list page, e.g. <c>/sources/</c>.</param>
/// <param name="Absolute">Makes a site path absolute on the site's address (before the base path).</param>
public sealed record BibliographyWriters(
    string SiteName, SiteLicence? Licence, string ListPath, Func<string, string> Absolute)
{
    public static readonly string[] CsvHeader =
        ["id", "title", "author", "publisher", "date", "url", "access", "note", "entry"];

    private string Origin => $"Sources of {SiteName}: {Absolute(ListPath)}";

    private string? LicenceLine => Licence is null
        ? null
        : $"Licence of this list: {Licence.Name} ({Licence.Url.Value}); each source keeps its own rights.";

    /// <summary>
    /// A header line and one line per source, after lines starting with <c>#</c> that say where the list comes
    /// from and its licence (the W3C tabular-data model's default comment prefix; most CSV readers take a
    /// comment option). Every cell goes through <see cref="CsvField"/>.
    /// </summary>
    public string Csv(IEnumerable<BibliographyEntry> entries)
    {
        var csv = new StringBuilder();
        csv.Append("# ").Append(Origin).Append('\n');
        if (LicenceLine is { } licence) csv.Append("# ").Append(licence).Append('\n');
        csv.Append(CsvField.Line(CsvHeader));
        foreach (var e in entries)
        {
            csv.Append(CsvField.Line(
                [e.Id, e.Title, e.Author, e.Publisher, e.Date, e.Url, e.AccessName, e.Note, Absolute(e.EntryPath)]));
        }
        return csv.ToString();
    }

    /// <summary>An object: <c>title</c>, <c>url</c>, <c>license</c> (name and url, or null), <c>sources</c>.</summary>
    public string Json(IEnumerable<BibliographyEntry> entries)
    {
        var root = new JsonObject
        {
            ["title"] = $"Sources of {SiteName}",
            ["url"] = Absolute(ListPath),
            ["license"] = Licence is null
                ? null
                : new JsonObject { ["name"] = Licence.Name, ["url"] = Licence.Url.Value },
            ["sources"] = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["title"] = e.Title,
                ["author"] = e.Author,
                ["publisher"] = e.Publisher,
                ["date"] = e.Date,
                ["url"] = e.Url,
                ["access"] = e.AccessName,
                ["note"] = e.Note,
                ["entry"] = Absolute(e.EntryPath),
            })]),
        };
        return root.ToJsonString(CitationWriters.Json) + "\n";
    }

    /// <summary>
    /// One biblatex entry per source, keyed by its id: <c>@online</c> when its address is known, else <c>@misc</c>;
    /// a source read via a copy says so in <c>note</c>.
    /// </summary>
    public string BibTex(IEnumerable<BibliographyEntry> entries)
    {
        var text = new StringBuilder();
        text.Append(Citing.BibTex.Comment(Origin));
        if (LicenceLine is { } licence) text.Append(Citing.BibTex.Comment(licence));
        foreach (var e in entries)
        {
            text.Append('\n');
            text.Append(Citing.BibTex.Entry(e.Url is null ? "misc" : "online", e.Id,
            [
                ("author", e.Author is null ? null : Citing.BibTex.Names(e.Author)),
                ("title", Citing.BibTex.Title(e.Title)),
                ("organization", e.Publisher is null ? null : Citing.BibTex.Escape(e.Publisher)),
                ("date", e.Date),
                ("url", e.Url is null ? null : Citing.BibTex.Url(e.Url)),
                ("note", e.Archived ? "Read via an archived copy" : null),
            ]));
        }
        return text.ToString();
    }
}
