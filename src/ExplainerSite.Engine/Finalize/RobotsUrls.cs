namespace Pipework.Finalize;

/// <summary>The URLs of <c>robots.txt</c>: the values of <c>Sitemap:</c>, <c>Allow:</c> and <c>Disallow:</c> lines.</summary>
public sealed class RobotsUrls : IUrlRewriter
{
    /// <summary>The one instance.</summary>
    public static readonly RobotsUrls Instance = new();

    private static readonly string[] Fields = ["sitemap", "allow", "disallow"];

    /// <inheritdoc/>
    public string Rewrite(string text, UrlMap map)
    {
        var edits = new TextEdits(text);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var colon = text.IndexOf(':', lineStart, lineEnd - lineStart);
            if (colon > 0 && Fields.Contains(text[lineStart..colon].Trim().ToLowerInvariant()))
            {
                var valueEnd = text.IndexOf('#', colon, lineEnd - colon) is var hash and >= 0 ? hash : lineEnd;
                var value = text[(colon + 1)..valueEnd];
                if (UrlText.MapTrimmed(value, map) is { } mapped) edits.Replace(colon + 1, valueEnd, mapped);
            }
            lineStart = lineEnd + 1;
        }
        return edits.ToString();
    }
}
