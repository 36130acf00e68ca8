namespace Pipework.IO;

/// <summary>
/// A build writes into a staging folder; only a successful build swaps it in, so a failed build leaves the
/// previous output exactly as it was and a successful one leaves no stale files. The staging folder lies beside
/// the output folder and the swap is two renames; where the output folder cannot be renamed (a mount point) or
/// the folder around it cannot be written, staging lies inside it and the swap moves its entries. Either way the
/// previous output is kept aside until the new one is in place, and a build killed at any point is recovered
/// by the next one (<see cref="Recover"/>): the previous output comes back, never is the only good copy deleted.
/// Call under <see cref="OutputLock"/>, after <see cref="OutputGuard"/> has accepted the folder.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private const string InsideStaging = ".explainersite-staging-";
    private const string InsideOld = ".explainersite-old-";
    private readonly string _target;
    private readonly bool _inside;
    private bool _committed;

    private OutputFolder(string target, string staging, bool inside)
    {
        _target = target;
        Path = staging;
        _inside = inside;
    }

    /// <summary>The staging folder modules write into.</summary>
    public string Path { get; }

    /// <summary>True for a name this class gives its own folders inside an output folder (never the site's files).</summary>
    public static bool IsOwnEntry(string topLevelName) =>
        topLevelName.StartsWith(InsideStaging, StringComparison.Ordinal) || topLevelName.StartsWith(InsideOld, StringComparison.Ordinal);

    /// <summary>
    /// Starts staging a build for <paramref name="outputRoot"/>; <see cref="Commit"/> puts it in place.
    /// </summary>
    public static OutputFolder BeginStaging(string outputRoot)
    {
        var target = RealPath.Of(outputRoot);
        var parent = System.IO.Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a file-system root.");
        var inside = Directory.Exists(target) && (MountPoints.Contains(target) || !CanCreateIn(parent));
        return Attempt(target, () =>
        {
            Recover(target);
            var id = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
            var staging = inside
                ? System.IO.Path.Combine(target, InsideStaging + id)
                : System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.staging-{id}");
            Directory.CreateDirectory(staging);
            return new OutputFolder(target, staging, inside);
        });
    }

    /// <summary>
    /// Puts back what a killed build left: the previous output when the build died between taking it aside and
    /// putting the new one in place; then removes the staging and set-aside folders no build is using (the
    /// caller holds the lock, so none is).
    /// </summary>
    public static void Recover(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target)!;
        var name = System.IO.Path.GetFileName(target);
        var beside = Directory.Exists(parent) ? Directory.GetDirectories(parent, $".{name}.*") : [];
        var oldBeside = beside.Where(d => d.Contains(".old-", StringComparison.Ordinal)).OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(target) && oldBeside.Count > 0)
        {
            Directory.Move(oldBeside[0], target);   // died between the two renames: the previous output comes back
            oldBeside.RemoveAt(0);
        }
        foreach (var dir in beside.Where(d => d.Contains(".staging-", StringComparison.Ordinal)).Concat(oldBeside))
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        if (!Directory.Exists(target)) return;

        var oldInside = Directory.GetDirectories(target, InsideOld + "*");
        foreach (var old in oldInside)
        {
            // The manifest is the first entry taken aside and the last put in place: without one, the swap stopped half-way.
            if (!File.Exists(System.IO.Path.Combine(target, OutputManifest.FileName))) MoveEntries(old, target, replace: true);
            Directory.Delete(old, recursive: true);
        }
        foreach (var staging in Directory.GetDirectories(target, InsideStaging + "*"))
            Directory.Delete(staging, recursive: true);
    }

    /// <summary>Writes the manifest and replaces the output folder with the staging folder; returns the number of files.</summary>
    public int Commit()
    {
        var count = Attempt(_target, () => OutputManifest.WriteFor(Path));
        Attempt(_target, () => { if (_inside) SwapInside(); else SwapBeside(); return 0; });
        _committed = true;
        return count;
    }

    /// <summary>Deletes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed) TryDelete(Path);
    }

    /// <summary>True for a relative, forward-slash path that stays inside its root.</summary>
    public static bool IsSafeRelativePath(string path) =>
        path.Length > 0
        && !path.StartsWith('/') && !path.StartsWith('\\') && !System.IO.Path.IsPathRooted(path)
        && !path.Contains('\\') && !path.Contains(':') && !path.Contains('\0')
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    private void SwapBeside()
    {
        var parent = System.IO.Path.GetDirectoryName(_target)!;
        var old = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_target)}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var hadOutput = Directory.Exists(_target);
        if (hadOutput) Directory.Move(_target, old);
        try
        {
            Directory.Move(Path, _target);
        }
        catch when (hadOutput)
        {
            Directory.Move(old, _target);
            throw;
        }
        TryDelete(old);
    }

    private void SwapInside()
    {
        var old = System.IO.Path.Combine(_target, InsideOld + $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(old);
        var manifest = System.IO.Path.Combine(_target, OutputManifest.FileName);
        if (File.Exists(manifest)) File.Move(manifest, System.IO.Path.Combine(old, OutputManifest.FileName));
        foreach (var entry in Directory.EnumerateFileSystemEntries(_target).ToList())
        {
            var name = System.IO.Path.GetFileName(entry);
            if (entry == Path || entry == old || name == OutputManifest.FileName) continue;
            MoveEntry(entry, System.IO.Path.Combine(old, name));
        }
        MoveEntries(Path, _target, replace: false);
        TryDelete(old);
        TryDelete(Path);
    }

    /// <summary>Moves every entry of <paramref name="from"/> into <paramref name="to"/>, the manifest last.</summary>
    private static void MoveEntries(string from, string to, bool replace)
    {
        var entries = Directory.EnumerateFileSystemEntries(from).OrderBy(e => System.IO.Path.GetFileName(e) == OutputManifest.FileName).ToList();
        foreach (var entry in entries)
        {
            var destination = System.IO.Path.Combine(to, System.IO.Path.GetFileName(entry));
            if (replace && Directory.Exists(destination)) Directory.Delete(destination, recursive: true);
            else if (replace && File.Exists(destination)) File.Delete(destination);
            MoveEntry(entry, destination);
        }
    }

    private static void MoveEntry(string from, string to)
    {
        if (Directory.Exists(from) && new DirectoryInfo(from).LinkTarget is null) Directory.Move(from, to);
        else File.Move(from, to);
    }

    private static T Attempt<T>(string target, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.ReplaceFailed.Exception(null, 0, 0, target, OutputErrors.Reason(ex));
        }
    }

    private static bool CanCreateIn(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = System.IO.Path.Combine(folder, $".explainersite-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
