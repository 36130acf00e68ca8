namespace ExplainerSite.Citations;

/// <summary>
/// A page's reference numbers: each source gets the next number the first time it is cited. It also counts how often
/// each number is cited, so every citation gets its own anchor and the reference list a back-link to each.
/// </summary>
public sealed class CitationNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<int> _uses = [];

    public int Number(string sourceId)
    {
        if (_numbers.TryGetValue(sourceId, out var n)) return n;
        _order.Add(sourceId);
        _uses.Add(0);
        return _numbers[sourceId] = _order.Count;
    }

    /// <summary>Records one citation of the source where it is written and returns its mark.</summary>
    public CitationMark Cite(string sourceId)
    {
        var number = Number(sourceId);
        return new CitationMark(number, ++_uses[number - 1]);
    }

    /// <summary>How many citations of reference <paramref name="number"/> have been written so far.</summary>
    public int Uses(int number) => _uses[number - 1];

    /// <summary>A copy continuing from the same numbers and uses, e.g. for data rendered after a page's body.</summary>
    public CitationNumbering Clone()
    {
        var copy = new CitationNumbering();
        foreach (var id in _order) copy.Number(id);
        copy._uses.Clear();
        copy._uses.AddRange(_uses);
        return copy;
    }

    /// <summary>Source ids in reference-number order (number = index + 1).</summary>
    public IReadOnlyList<string> Sources => _order;
}
