using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>The sources a comparison's data cites (cells, score tables, caveats), for the downloads.</summary>
public static class ComparisonSources
{
    /// <summary>Cited bibliography entries in bibliography order (S2 before S10), each once.</summary>
    public static IReadOnlyList<DataRecord> Cited(ComparisonData c, SiteData data)
    {
        var ids = c.Cells.SelectMany(r => r).SelectMany(cell => cell.Sources)
            .Concat(c.Tables.Select(b => b.Source).OfType<string>())
            .Concat(c.Caveats.SelectMany(v => v.Sources).Select(r => r.Id))
            .Distinct(StringComparer.Ordinal);
        return [.. ids.Select(data.Source).OfType<DataRecord>()
            .OrderBy(s => SortKey(s.Id), StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>"S7b" → "S000007b": numbers compared as numbers.</summary>
    public static string SortKey(string id)
    {
        var start = id.IndexOfAny("0123456789".ToCharArray());
        if (start < 0) return id;
        var end = start;
        while (end < id.Length && char.IsAsciiDigit(id[end])) end++;
        return id[..start] + id[start..end].PadLeft(6, '0') + id[end..];
    }
}
