using System.Text.RegularExpressions;
using Pipework.Finalize;

namespace ExplainerSite.Hosting;

/// <summary>The URLs of Netlify's <c>_redirects</c> file: the first two fields (from, to) of each rule.</summary>
public sealed partial class RedirectsFileUrls : IUrlRewriter
{
    public static readonly RedirectsFileUrls Instance = new();

    public string Rewrite(string content, UrlMap map) =>
        string.Join('\n', content.Split('\n').Select(line => line.TrimStart().StartsWith('#') ? line : RewriteRule(line, map)));

    private static string RewriteRule(string line, UrlMap map)
    {
        var fields = Field().Matches(line).Take(2).ToList();
        for (var i = fields.Count - 1; i >= 0; i--)   // from the right, so earlier positions stay valid
            if (map(fields[i].Value) is { } mapped)
                line = line[..fields[i].Index] + mapped + line[(fields[i].Index + fields[i].Length)..];
        return line;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Field();
}
