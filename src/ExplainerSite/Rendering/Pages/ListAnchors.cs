using System.Globalization;
using System.Text;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Pages;

/// <summary>
/// The element id of each record on its list page (<c>anchor</c>), so a link or a search result can go to one entry:
/// the record's id, or for a collection without ids the words of its sort fields (a timeline event sorted by date
/// and title: <c>2025-01-20-trump-takes-office</c>), which stay the same when other entries are added. A repeated
/// anchor gets <c>-2</c>, <c>-3</c> … in list order.
/// </summary>
public static class ListAnchors
{
    private const int MaxLength = 80;

    public static IReadOnlyList<string> For(IReadOnlyList<DataRecord> sorted, CollectionDeclaration collection)
    {
        var fields = collection.List.Sort.Select(s => s.TrimStart('-').Split(':')[0]).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new List<string>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var r = sorted[i];
            var words = collection.Id.Length > 0 || fields.Count == 0
                ? null
                : Slug(string.Join(' ', fields.Select(f => f == "id" ? r.Id : r.Values.Text(f) ?? "")));
            var anchor = collection.Id.Length > 0 ? r.Id
                : string.IsNullOrEmpty(words) ? (i + 1).ToString(CultureInfo.InvariantCulture) : words;
            var unique = anchor;
            for (var n = 2; !used.Add(unique); n++) unique = anchor + "-" + n.ToString(CultureInfo.InvariantCulture);
            anchors.Add(unique);
        }
        return anchors;
    }

    /// <summary>Lower-case letters and digits joined by single hyphens, cut at a hyphen to at most 80 characters.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().TrimEnd('-');
        if (result.Length <= MaxLength) return result;
        var cut = result.LastIndexOf('-', MaxLength);
        return cut > 0 ? result[..cut] : result[..MaxLength];
    }
}
