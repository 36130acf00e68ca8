using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExplainerSite.Citing;

/// <summary>
/// A page's reference as files: BibTeX for biblatex (<c>@online</c>) and CSL-JSON (an array of one
/// <c>webpage</c> item, per the CSL-JSON schema), from the same <see cref="CitablePage"/> as the page's block.
/// The URL is the page's absolute address before the base path; the build's base-path rewrite moves it.
/// </summary>
public static class CitationWriters
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Served as a file, never inlined into HTML: quotes and letters stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string BibTexFor(CitablePage page, string siteName, string url)
    {
        var fields = new List<(string, string?)>
        {
            // Double braces: the site's name is an organisation, not "family, given" (its comma would split it).
            ("author", BibTex.Literal(siteName)),
            ("title", BibTex.Title(page.Title)),
            ("date", page.Date),
            ("url", BibTex.Url(url)),
            ("note", Note(page)),
        };
        return BibTex.Comment($"Cite this page: {siteName}, {url}")
            + BibTex.Comment("Add urldate = {YYYY-MM-DD}, the day you read the page, as biblatex expects it.")
            + BibTex.Entry("online", page.Key, fields);
    }

    public static string CslJsonFor(CitablePage page, string siteName, string language, string url)
    {
        var item = new JsonObject
        {
            ["id"] = page.Key,
            ["type"] = "webpage",
            ["title"] = page.Title,
            ["author"] = new JsonArray(new JsonObject { ["literal"] = siteName }),
            ["container-title"] = siteName,
            ["URL"] = url,
            ["language"] = language,
        };
        if (page.Date is { } date) item["issued"] = DateParts(date);
        if (Note(page) is { } note) item["note"] = note;
        return new JsonArray(item).ToJsonString(Json) + "\n";
    }

    /// <summary>CSL's structured date: <c>{"date-parts": [[2026, 11, 28]]}</c> (year, month, day as numbers).</summary>
    public static JsonObject DateParts(string date)
    {
        var parts = new JsonArray();
        foreach (var part in date.Split('-')) parts.Add(int.Parse(part, CultureInfo.InvariantCulture));
        return new JsonObject { ["date-parts"] = new JsonArray(parts) };
    }

    /// <summary>When the cited version is an update, the first publication date too.</summary>
    private static string? Note(CitablePage page) =>
        page.Updated is not null && page.Published is not null && page.Updated != page.Published
            ? $"First published {page.Published}; updated {page.Updated}"
            : null;
}
