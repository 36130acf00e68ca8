using Pipework.Diagnostics;

namespace Pipework.IO;

/// <summary>
/// The one containment check for every file the engine opens under the input or theme root: a path is read only
/// if it resolves, every symbolic link along it followed as the operating system would, to a place inside that
/// root. A contributor can commit a link to <c>/etc/passwd</c>; the build machine's files are never published.
/// Also the rule for file names: characters that hide what a name says (bidi controls, zero-width characters,
/// control characters) or that a URL cannot carry as written (<c>#</c>, <c>?</c>, <c>%</c>) are refused.
/// </summary>
public static class SourcePaths
{
    /// <summary>Links followed before a path counts as a loop (Linux's own limit is 40).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = ['/', '\\'];

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The role a root plays, as error messages name it: "input" or "theme".</summary>
    public static string RootName(SourceRoot root) => root == SourceRoot.Theme ? "theme" : "input";

    /// <summary>
    /// The full path of <paramref name="relative"/> under <paramref name="rootPath"/>, after checking that it stays
    /// inside the root; throws ES0031 (naming <paramref name="displayPath"/> and the link's target) when it does not.
    /// </summary>
    public static string Contain(string rootPath, string relative, string displayPath, SourceRoot root)
    {
        var full = Path.Combine(rootPath, relative);
        if (Escape(rootPath, full) is { } target)
            throw EngineErrors.LinkOutsideRoot.Exception(displayPath, 0, 0, target, RootName(root));
        return full;
    }

    /// <summary>
    /// Null when <paramref name="fullPath"/> lies inside <paramref name="rootPath"/> once links are resolved; else
    /// where it really points. Cheap when no part of the path below the root is a link (one lookup per part).
    /// </summary>
    public static string? Escape(string rootPath, string fullPath)
    {
        var root = Path.GetFullPath(rootPath);
        var full = Path.GetFullPath(fullPath);
        if (!IsInside(root, full)) return full;
        if (!HasLinkBelow(root, full)) return null;
        var realRoot = Resolve(root) ?? root;
        var real = Resolve(full);
        // A loop is not an escape: reading the file then fails and says so (ES0030).
        return real is null || IsInside(realRoot, real) ? null : real;
    }

    /// <summary>Why a file's relative path cannot be published under its own name, or null when it can.</summary>
    public static string? NameProblem(string relative)
    {
        foreach (var c in relative)
        {
            if (c is '#' or '?' or '%')
                return $"'{c}' cannot be part of a page's address as written (it starts a fragment, a query or an escape)";
            if (char.IsControl(c))
                return $"it contains the control character U+{(int)c:X4}";
            if (IsInvisibleFormat(c))
                return $"it contains the invisible character U+{(int)c:X4}, which makes a name look like another";
        }
        return null;
    }

    /// <summary>Bidirectional controls and zero-width characters: they change how a name reads without being seen.</summary>
    public static bool IsInvisibleFormat(char c) =>
        c is '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static bool IsInside(string root, string path)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(root);
        return path.Equals(trimmed, PathComparison)
            || (path.StartsWith(trimmed, PathComparison) && path.Length > trimmed.Length
                && Separators.Contains(path[trimmed.Length]));
    }

    private static bool HasLinkBelow(string root, string full)
    {
        var current = Path.TrimEndingDirectorySeparator(root);
        foreach (var part in full[current.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (IsLink(current)) return true;
        }
        // The root itself may be a link (input/ -> elsewhere); what lies below it is measured from its target.
        return false;
    }

    private static bool IsLink(string path)
    {
        try { return new FileInfo(path).LinkTarget is not null; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>
    /// The path with every link resolved, the way <c>realpath</c> does it (a '..' after a link goes up from the
    /// link's target); parts that do not exist are kept as written. Null when links form a loop.
    /// </summary>
    internal static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[current.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { target = null; }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            var rest = target;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                rest = target[current.Length..];
            }
            foreach (var p in rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse()) pending.Push(p);
        }
        return current;
    }
}
