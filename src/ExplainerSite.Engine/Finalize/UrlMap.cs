namespace Pipework.Finalize;

/// <summary>
/// Maps one URL found in a document (as written, without surrounding white space) to its replacement, or to
/// null to leave it exactly as it is.
/// </summary>
public delegate string? UrlMap(string url);

/// <summary>
/// Finds the URLs in one kind of text (HTML, CSS, XML …) and replaces each through a <see cref="UrlMap"/>.
/// Everything that is not a replaced URL is kept byte for byte, so a map that changes nothing returns the
/// content unchanged.
/// </summary>
public interface IUrlRewriter
{
    /// <summary>Rewrites every URL of <paramref name="content"/> through <paramref name="map"/>.</summary>
    string Rewrite(string content, UrlMap map);
}
