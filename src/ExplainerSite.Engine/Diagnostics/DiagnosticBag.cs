using System.Collections.Concurrent;

namespace Pipework.Diagnostics;

/// <summary>Collects every problem of a build, from any thread, so they can be reported together.</summary>
public sealed class DiagnosticBag(bool warningsAsErrors = false)
{
    private static readonly AsyncLocal<DiagnosticCapture?> CurrentCapture = new();
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>True when warnings are recorded as errors (<c>--strict</c>): they then fail the build.</summary>
    public bool WarningsAsErrors { get; } = warningsAsErrors;

    /// <summary>Records a problem (a warning becomes an error under <see cref="WarningsAsErrors"/>).</summary>
    public void Add(Diagnostic diagnostic)
    {
        // Captures keep the diagnostic as it was raised; a replay goes through Add again.
        for (var capture = CurrentCapture.Value; capture is not null; capture = capture.Parent)
            if (capture.Bag == this) capture.Record(diagnostic);
        if (WarningsAsErrors && diagnostic.Severity == Severity.Warning) diagnostic = diagnostic with { Severity = Severity.Error };
        _items.Enqueue(diagnostic);
    }

    /// <summary>Records several problems.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>
    /// Also records, until disposed, what the current asynchronous flow adds to this bag (other threads' additions
    /// are not seen): a cache keeps a computation's diagnostics with its result, to report them again on a hit.
    /// </summary>
    public DiagnosticCapture Capture()
    {
        var capture = new DiagnosticCapture(this, CurrentCapture.Value, c => CurrentCapture.Value = c.Parent);
        CurrentCapture.Value = capture;
        return capture;
    }

    /// <summary>True once any error is recorded.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics, sorted and without duplicates.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = _items.Distinct().ToList();
        list.Sort(Diagnostic.Compare);
        return list;
    }
}
