using System.Collections.Concurrent;
using ExplainerSite.Engine.Documents;

namespace ExplainerSite.Engine.IO;

/// <summary>
/// What an engine last wrote into its output folder, for incremental output (<see cref="Pipelines.EngineSettings.IncrementalOutput"/>):
/// a page whose text is the same as last time, or a copied file whose source has the same size and time, is not
/// written again, and files no longer produced are deleted. A preview server's rebuild after a one-page edit
/// then writes one page instead of the whole site.
/// </summary>
public sealed class OutputLedger
{
    private sealed record Entry(string? Content, string? SourceFile, long Length, DateTime Modified);

    private ConcurrentDictionary<string, Entry> _written = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _next = new(StringComparer.Ordinal);

    /// <summary>False until a build has filled the output folder; the first build writes it whole (and atomically).</summary>
    public bool IsFilled { get; private set; }

    /// <summary>Files in the output folder as of the last commit.</summary>
    public int Count => _written.Count;

    /// <summary>True when the output folder already holds <paramref name="document"/> exactly; either way it is kept for the next build.</summary>
    public bool IsCurrent(Document document)
    {
        var entry = EntryOf(document);
        _next[document.Destination] = entry;
        if (!IsFilled || !_written.TryGetValue(document.Destination, out var last)) return false;
        return document.IsBinary
            ? last.SourceFile == entry.SourceFile && last.Length == entry.Length && last.Modified == entry.Modified
            : last.Content is not null && (ReferenceEquals(last.Content, entry.Content) || string.Equals(last.Content, entry.Content, StringComparison.Ordinal));
    }

    /// <summary>
    /// Ends a successful build: deletes from <paramref name="root"/> the files the last build wrote and this one did
    /// not, and remembers this build's files. Returns how many files the output folder holds.
    /// </summary>
    public int Commit(string root)
    {
        var stales = IsFilled ? _written.Keys.Where(k => !_next.ContainsKey(k)).ToList() : [];
        // The manifest keeps naming every file a build wrote here (output steps' files too), so the folder stays the generator's.
        var listed = OutputManifest.Read(root) ?? new HashSet<string>();
        OutputManifest.Write(root, listed.Except(stales).Concat(_next.Keys));
        foreach (var stale in stales)
        {
            var path = Path.Combine(root, stale);
            try
            {
                File.Delete(path);
                var folder = Path.GetDirectoryName(path)!;
                if (folder.Length > root.Length && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
        (_written, _next) = (_next, new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
        IsFilled = true;
        return _written.Count;
    }

    /// <summary>Forgets everything (after a failed write): the next build writes the output folder whole again.</summary>
    public void Reset()
    {
        _written.Clear();
        _next.Clear();
        IsFilled = false;
    }

    private static Entry EntryOf(Document document)
    {
        if (!document.IsBinary || document.SourceFile is null) return new Entry(document.Content, null, 0, default);
        var info = new FileInfo(document.SourceFile);
        return info.Exists ? new Entry(null, document.SourceFile, info.Length, info.LastWriteTimeUtc) : new Entry(null, document.SourceFile, -1, default);
    }
}
