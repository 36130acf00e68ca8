using System.Text.RegularExpressions;
using Pipework.Finalize;

namespace ExplainerSite.Citing;

/// <summary>
/// The URLs of the plain-text downloads (BibTeX, CSV): every absolute <c>http(s)</c> URL, up to white space or a
/// character that ends a BibTeX value or a CSV field (<c>} " ,</c>). Root-relative text is data there, not a
/// link, so it is left alone; the base-path map changes only URLs on the site's own address.
/// </summary>
public sealed partial class TextFileUrls : IUrlRewriter
{
    public static readonly TextFileUrls Instance = new();

    public string Rewrite(string content, UrlMap map) =>
        AbsoluteUrl().Replace(content, m => map(m.Value) ?? m.Value);

    [GeneratedRegex(@"https?://[^\s}"",]+")]
    private static partial Regex AbsoluteUrl();
}
