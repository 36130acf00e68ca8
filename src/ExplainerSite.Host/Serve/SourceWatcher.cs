namespace Pipework.Host.Serve;

/// <summary>
/// Watches the content and theme folders and reports changes in batches: a batch is sent once no change has
/// come for <see cref="Quiet"/> (an editor's save is often several events), or after <see cref="MaxDelay"/> of
/// steady changes. Editors' temporary and backup files (swap files, "~" backups, ".#" locks, dot-folders) are
/// ignored; if the system drops events, the batch says so and everything is rebuilt.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(80);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(1000);

    /// <summary>How often the watched folders are checked for having been deleted or (re)created.</summary>
    public static readonly TimeSpan RootPoll = TimeSpan.FromMilliseconds(500);

    private readonly Dictionary<string, FileSystemWatcher?> _watchers = new(StringComparer.Ordinal);
    private readonly (string Name, string Folder)[] _roots;
    private readonly Action<IReadOnlyList<string>> _changed;
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly Timer _poll;
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private DateTime _firstPending;
    private bool _disposed;

    /// <param name="roots">Display prefix ("input", "theme") and folder of each watched tree.</param>
    /// <param name="changed">Receives the display paths of a batch (e.g. "input/explainers/a.md"); "*" when events were lost.</param>
    public SourceWatcher(IEnumerable<(string Name, string Folder)> roots, Action<IReadOnlyList<string>> changed)
    {
        _changed = changed;
        _roots = [.. roots];
        _timer = new Timer(_ => Flush());
        foreach (var (name, folder) in _roots) _watchers[folder] = Directory.Exists(folder) ? Watch(name, folder) : null;
        // A watcher dies with its folder (rm -rf input, a branch switch that removes it): the poll notices the
        // folder leaving and coming back, watches it again and rebuilds everything, so the preview recovers.
        _poll = new Timer(_ => CheckRoots(), null, RootPoll, RootPoll);
    }

    private FileSystemWatcher Watch(string name, string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        void OnEvent(string? path)
        {
            if (path is null) return;
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (IsRelevant(relative)) Add(name + "/" + relative);
        }
        watcher.Changed += (_, e) => OnEvent(e.FullPath);
        watcher.Created += (_, e) => OnEvent(e.FullPath);
        watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        watcher.Renamed += (_, e) => { OnEvent(e.OldFullPath); OnEvent(e.FullPath); };
        watcher.Error += (_, _) => Add("*");
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void CheckRoots()
    {
        var changed = false;
        lock (_lock)
        {
            if (_disposed) return;
            foreach (var (name, folder) in _roots)
            {
                var exists = Directory.Exists(folder);
                var watched = _watchers[folder] is not null;
                if (exists == watched) continue;
                _watchers[folder]?.Dispose();
                _watchers[folder] = exists ? Watch(name, folder) : null;
                changed = true;
            }
        }
        if (changed) Add("*");
    }

    /// <summary>False for files no build reads: editors' temporary, swap, backup and lock files, and anything under a dot-folder.</summary>
    public static bool IsRelevant(string relativePath)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s.StartsWith('.'))) return false;
        var name = segments[^1];
        return !(name.EndsWith('~') || name.StartsWith('#') || name.StartsWith('~')
                 || name == "4913"   // vim probes whether it may write in a folder with this file
                 || name.Contains("___jb_", StringComparison.Ordinal)   // JetBrains safe-write
                 || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
                 || name.EndsWith(".swo", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
                 || name.EndsWith(".bak", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
                 || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
                 || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase));
    }

    private void Add(string path)
    {
        lock (_lock)
        {
            if (_pending.Count == 0) _firstPending = DateTime.UtcNow;
            _pending.Add(path);
            var waited = DateTime.UtcNow - _firstPending;
            _timer.Change(waited >= MaxDelay ? TimeSpan.Zero : Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] batch;
        lock (_lock)
        {
            if (_pending.Count == 0) return;
            batch = [.. _pending];
            _pending.Clear();
        }
        _changed(batch);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var watcher in _watchers.Values) watcher?.Dispose();
        }
        _poll.Dispose();
        _timer.Dispose();
    }
}
