using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipework.IO;

/// <summary>
/// Files that a browser runs as a document of the site's own origin when someone opens their address, so that a
/// script inside them could read the site's storage or act as the site: HTML and XML of any kind by their
/// extension, and SVG when it holds script, an event handler, a <c>foreignObject</c> (HTML inside SVG), a
/// <c>javascript:</c> or <c>vbscript:</c> address or an entity declaration (which can hide one). Plain SVG images,
/// such as the theme's icons, are fine. Copied assets are refused rather than served under a special policy:
/// hosts differ in what policies they can set, and a refusal is clear.
/// </summary>
public static partial class ActiveContent
{
    /// <summary>Extensions a browser renders as an HTML or XML document, where script can run.</summary>
    public static readonly IReadOnlyList<string> DocumentExtensions =
        [".html", ".htm", ".xhtml", ".xht", ".shtml", ".mht", ".mhtml", ".hta", ".xml", ".xsl", ".xslt", ".svgz"];

    /// <summary>What makes the file active and where (1-based; 0 when only the decoded text shows it), or null.</summary>
    public static (string What, int Line, int Column)? Find(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (DocumentExtensions.Contains(extension)) return ($"a '{extension}' file", 0, 0);
        if (extension != ".svg") return null;
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        if (ScriptInSvg().Match(text) is { Success: true } match)
        {
            var line = 1 + text.AsSpan(0, match.Index).Count('\n');
            var column = match.Index - (text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1) + 1;
            return ($"an SVG with {Describe(match.Value)}", line, match.Index == 0 ? 1 : column);
        }
        // Entities and whitespace can spell 'javascript:' so that no pattern above sees it; a browser decodes them.
        var decoded = string.Concat(WebUtility.HtmlDecode(text).Where(c => c > ' ')).ToLowerInvariant();
        return decoded.Contains("javascript:", StringComparison.Ordinal) || decoded.Contains("vbscript:", StringComparison.Ordinal)
            ? ("an SVG with a 'javascript:' address", 0, 0)
            : null;
    }

    private static string Describe(string match)
    {
        var m = match.ToLowerInvariant();
        return m.StartsWith("<script", StringComparison.Ordinal) ? "a <script> element"
            : m.StartsWith("<foreignobject", StringComparison.Ordinal) ? "a <foreignObject> (HTML inside SVG)"
            : m.StartsWith("<!entity", StringComparison.Ordinal) ? "an entity declaration"
            : m.Contains("script:", StringComparison.Ordinal) ? "a script address"
            : $"an event handler ({match.Trim().TrimEnd('=').Trim()})";
    }

    [GeneratedRegex(@"<script|<foreignObject|<!ENTITY|(?<=[\s""'/])on[a-z]+\s*=|(?:java|vb)script\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptInSvg();
}
