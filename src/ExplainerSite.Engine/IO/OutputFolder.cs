namespace ExplainerSite.Engine.IO;

/// <summary>
/// A build writes into a staging folder beside the output folder; only a successful build swaps it in, so a
/// failed build leaves the previous output exactly as it was and a successful one leaves no stale files.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _target;
    private bool _committed;

    private OutputFolder(string target, string staging)
    {
        _target = target;
        Path = staging;
    }

    /// <summary>The staging folder modules write into.</summary>
    public string Path { get; }

    public static OutputFolder BeginStaging(string outputRoot)
    {
        var target = System.IO.Path.GetFullPath(outputRoot).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a file-system root.");
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, System.IO.Path.GetFileName(target));
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(target, staging);
    }

    /// <summary>Replaces the output folder with the staging folder; returns the number of files in it.</summary>
    public int Commit()
    {
        var count = Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Count();
        var parent = System.IO.Path.GetDirectoryName(_target)!;
        var old = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_target)}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (Directory.Exists(_target)) Directory.Move(_target, old);
        Directory.Move(Path, _target);
        _committed = true;
        if (Directory.Exists(old)) TryDelete(old);
        return count;
    }

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

    private static void RemoveLeftovers(string parent, string name)
    {
        // A build killed mid-way leaves its staging folder behind; the next build cleans it up.
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*"))
            if (dir.Contains(".staging-", StringComparison.Ordinal) || dir.Contains(".old-", StringComparison.Ordinal))
                TryDelete(dir);
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
