using System.Collections.Concurrent;

namespace ExplainerSite.Engine.Diagnostics;

/// <summary>Collects every problem of a build, from any thread, so they can be reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(d);
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics, sorted and without duplicates.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = _items.Distinct().ToList();
        list.Sort(Diagnostic.Compare);
        return list;
    }
}
