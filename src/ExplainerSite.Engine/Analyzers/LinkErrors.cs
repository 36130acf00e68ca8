using Pipework.Diagnostics;

namespace Pipework.Analyzers;

/// <summary>The link checker's texts. Codes are stable; tests assert text and position.</summary>
public static class LinkErrors
{
    /// <summary>ES0040: a link to a page of the site that does not exist.</summary>
    public static readonly DiagnosticDescriptor BrokenLink = new(
        "ES0040", "broken link '{0}' on {1}: nothing is published at {2}",
        "Link to a page by its address, ending in '/' (e.g. '/explainers/overview/'), or to a file (e.g. '/assets/site.css').");
    /// <summary>ES0041: a link to an anchor the target page does not have.</summary>
    public static readonly DiagnosticDescriptor MissingAnchor = new(
        "ES0041", "broken link '{0}' on {1}: {2} has no anchor '#{3}'{4}",
        "An anchor is the id of a heading or element: the heading '## Export controls' has the id 'export-controls'.");
    /// <summary>ES0042: an image, stylesheet, script or file that is not in the output.</summary>
    public static readonly DiagnosticDescriptor MissingAsset = new(
        "ES0042", "missing {0} '{1}' on {2}: nothing is published at {3}",
        "Files under input/assets/ and theme/assets/ are published under /assets/; check the name and the folder.");
    /// <summary>ES0043 (warning): a link to another site over plain http.</summary>
    public static readonly DiagnosticDescriptor InsecureExternalLink = new(
        "ES0043", "external link '{0}' on {1} uses http, not https",
        "Open the address in a browser; if the site also answers on https, change 'http://' to 'https://'.", Severity.Warning);
    /// <summary>ES0044 (warning): an image without alt text.</summary>
    public static readonly DiagnosticDescriptor ImageWithoutAlt = new(
        "ES0044", "image '{0}' on {1} has no alt text",
        "Describe what the image shows inside the brackets: ![A chart of GPU hours per stage](/assets/chart.png).", Severity.Warning);
}
