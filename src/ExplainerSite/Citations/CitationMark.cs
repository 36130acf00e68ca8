using System.Globalization;

namespace ExplainerSite.Citations;

/// <summary>
/// One place a source is cited on a page: its reference number and which use of that number it is (1 for the first
/// citation of the source, 2 for the second …). The pair names the citation's anchor, so the reference list can link
/// back to every place the source was cited.
/// </summary>
public readonly record struct CitationMark(int Number, int Use)
{
    /// <summary>The citation's element id: <c>cite-3-2</c> is the second citation of reference 3.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"cite-{Number}-{Use}");

    /// <summary>The id of the source preview a citation opens (one per reference, shared by its citations).</summary>
    public static string PreviewId(int number) => string.Create(CultureInfo.InvariantCulture, $"cite-preview-{number}");
}
