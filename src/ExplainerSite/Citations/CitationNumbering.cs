namespace ExplainerSite.Citations;

/// <summary>A page's reference numbers: each source gets the next number the first time it is cited.</summary>
public sealed class CitationNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Number(string sourceId)
    {
        if (_numbers.TryGetValue(sourceId, out var n)) return n;
        _order.Add(sourceId);
        return _numbers[sourceId] = _order.Count;
    }

    /// <summary>A copy that continues from the same numbers, e.g. for data rendered after a page's body.</summary>
    public CitationNumbering Clone()
    {
        var copy = new CitationNumbering();
        foreach (var id in _order) copy.Number(id);
        return copy;
    }

    /// <summary>Source ids in reference-number order (number = index + 1).</summary>
    public IReadOnlyList<string> Sources => _order;
}
