namespace Pipework.IO;

/// <summary>
/// Paths as the file system resolves them: every symbolic link along the way followed, so a folder reached
/// through a link compares equal to the folder itself. Parts that do not exist yet are kept as written.
/// </summary>
public static class RealPath
{
    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The absolute path of <paramref name="path"/> with every existing link resolved and no trailing separator.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            resolved = Resolve(next);
        }
        return Trim(resolved);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, Comparison)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, Comparison);

    /// <summary>True when two real paths name the same file (case-insensitively where the system is).</summary>
    public static bool AreSame(string a, string b) => string.Equals(a, b, Comparison);

    private static string Resolve(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is null) return path;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            // A link to a missing target: keep resolving from where it points.
            return target is null ? path : Of(target.FullName);
        }
        catch (IOException)
        {
            return path;   // a link loop or an unreadable link: compare it as written
        }
        catch (UnauthorizedAccessException)
        {
            return path;
        }
    }

    private static string Trim(string path) =>
        path.Length > (Path.GetPathRoot(path)?.Length ?? 0) ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
