using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Caching;

/// <summary>
/// Keeps what a module computed for a document across builds of one engine (a preview server's rebuilds). An
/// entry is found by the module and the document's source and is valid only while the <see cref="Fingerprint"/>
/// of everything the computation read is the same: the document's content and whatever else the module puts in
/// the key (templates, data, the values a template sees). A hit reports again the warnings the computation
/// raised; a computation that fails is not kept. Register one with <c>SiteEngineBuilder.AddService</c> to enable it.
/// </summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<(object Owner, string Source), Entry> _entries = new();
    private int _hits;
    private int _misses;

    private sealed record Entry(Fingerprint Key, object Value, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>
    /// The result <paramref name="owner"/> computed for <paramref name="document"/> under <paramref name="key"/>, or
    /// <paramref name="compute"/>'s result, kept with the diagnostics it raised (replayed on a hit).
    /// </summary>
    public T GetOrCompute<T>(object owner, Document document, Fingerprint key, IExecutionContext context, Func<T> compute) where T : class
    {
        var slot = (owner, document.Source);
        if (_entries.TryGetValue(slot, out var entry) && entry.Key == key && entry.Value is T cached)
        {
            Interlocked.Increment(ref _hits);
            context.Diagnostics.AddRange(entry.Diagnostics);
            return cached;
        }
        Interlocked.Increment(ref _misses);
        _entries.TryRemove(slot, out _);
        T value;
        ImmutableArray<Diagnostic> raised;
        using (var capture = context.Diagnostics.Capture())
        {
            value = compute();
            raised = [.. capture.Diagnostics];
        }
        if (!raised.Any(d => d.Severity == Severity.Error))
            _entries[slot] = new Entry(key, value, raised);
        return value;
    }

    /// <summary>
    /// Fingerprints of template variables (dictionaries, lists) by reference, for one build: the site model every
    /// page sees is hashed once. Weak keys, so a page's own values do not outlive its render.
    /// </summary>
    public static ConditionalWeakTable<object, StrongBox<Fingerprint>> Memo(IExecutionContext context) =>
        context.Shared("engine:fingerprint-memo", () => new ConditionalWeakTable<object, StrongBox<Fingerprint>>());

    /// <summary>Hits and misses since the last call; a preview server logs them after each rebuild.</summary>
    public (int Hits, int Misses) TakeStatistics() => (Interlocked.Exchange(ref _hits, 0), Interlocked.Exchange(ref _misses, 0));

    /// <summary>Forgets every entry.</summary>
    public void Clear() => _entries.Clear();
}
