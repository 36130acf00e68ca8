namespace Pipework.Finalize;

/// <summary>
/// The URLs of JSON (a data file, or JSON-LD in a script element): string values that are absolute
/// <c>http(s)</c> URLs. Root-relative strings are not touched, as in JSON they may as well be data. A string
/// with escapes in it is left alone; a replacement is written with '"', '\', '&lt;', '&gt;' and '&amp;' escaped.
/// </summary>
public sealed class JsonUrls : IUrlRewriter
{
    /// <summary>The one instance.</summary>
    public static readonly JsonUrls Instance = new();

    /// <inheritdoc/>
    public string Rewrite(string json, UrlMap map)
    {
        var edits = new TextEdits(json);
        var p = 0;
        while (p < json.Length)
        {
            if (json[p] != '"')
            {
                p++;
                continue;
            }
            var start = p + 1;
            var end = start;
            var escaped = false;
            while (end < json.Length && json[end] != '"')
            {
                if (json[end] == '\\')
                {
                    escaped = true;
                    end++;
                }
                end++;
            }
            var value = json[start..Math.Min(end, json.Length)];
            if (!escaped && (value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal))
                && map(value) is { } mapped)
                edits.Replace(start, start + value.Length, Escape(mapped));
            p = end + 1;
        }
        return edits.ToString();
    }

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("<", "\\u003C", StringComparison.Ordinal).Replace(">", "\\u003E", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);
}
