using System.Collections.Concurrent;

namespace Pipework.Diagnostics;

/// <summary>The diagnostics one computation added to a <see cref="DiagnosticBag"/>; see <see cref="DiagnosticBag.Capture"/>.</summary>
public sealed class DiagnosticCapture : IDisposable
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private readonly Action<DiagnosticCapture> _end;

    internal DiagnosticCapture(DiagnosticBag bag, DiagnosticCapture? parent, Action<DiagnosticCapture> end)
    {
        Bag = bag;
        Parent = parent;
        _end = end;
    }

    internal DiagnosticBag Bag { get; }
    internal DiagnosticCapture? Parent { get; }

    /// <summary>What the flow added so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. _items];

    internal void Record(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    /// <summary>Stops capturing.</summary>
    public void Dispose() => _end(this);
}
