using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Publishing;

namespace ExplainerSite.Rendering;

/// <summary>
/// Structured data (schema.org JSON-LD) for a page's <c>&lt;script type="application/ld+json"&gt;</c>: an
/// <c>Article</c> for an explainer, a <c>WebSite</c> for the home page, none for other pages. Serialized here with
/// System.Text.Json, never assembled in a template; <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are escaped
/// (<c>\u003C</c> …), so no value can close the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Keeps letters readable, but still escapes the HTML-sensitive characters < > & ' " + `.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>The JSON-LD text for <paramref name="document"/>, or null when the page has none.</summary>
    public static string? For(Document document, IExecutionContext context)
    {
        var settings = context.SiteData().Settings;
        var url = SiteUrls.Absolute(context, document.Url);
        var organisation = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = settings.Title,
            ["url"] = SiteUrls.Absolute(context, "/"),
        };
        if (document.Get<ExplainerFrontMatter>(SiteKeys.Front) is { } explainer)
        {
            return Serialize(Citing.SiteLicenceJsonLd.Add(settings.Licence, new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Article",
                ["headline"] = explainer.Title,
                ["description"] = explainer.Description,
                ["datePublished"] = explainer.Published,
                ["dateModified"] = explainer.Updated ?? explainer.Published,
                ["inLanguage"] = settings.Language,
                ["url"] = url,
                ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
                ["author"] = organisation,
                ["publisher"] = organisation.DeepClone(),
            }));
        }
        if (document.Url == "/")
        {
            return Serialize(Citing.SiteLicenceJsonLd.Add(settings.Licence, new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "WebSite",
                ["name"] = settings.Title,
                ["description"] = settings.Description,
                ["url"] = url,
                ["inLanguage"] = settings.Language,
                ["publisher"] = organisation,
            }));
        }
        return null;
    }

    /// <summary>Serializes for a script element: compact, and with &lt; &gt; &amp; escaped as \u003C \u003E \u0026.</summary>
    public static string Serialize(JsonNode node)
    {
        var json = node.ToJsonString(Options);
        // The encoder guarantees this; the check keeps a future options change from opening a script injection.
        if (json.AsSpan().IndexOfAny('<', '>', '&') >= 0)
            throw new InvalidOperationException("JSON-LD must not contain raw '<', '>' or '&'.");
        return json;
    }
}
