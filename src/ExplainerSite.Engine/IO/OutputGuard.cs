using Pipework.Diagnostics;

namespace Pipework.IO;

/// <summary>
/// Decides whether a build may replace an output folder. A build replaces its output whole, so it refuses a
/// folder that is, holds or lies inside the input or theme folder, one that holds a Git repository, and one
/// holding files that no build of this generator wrote (unless told to replace it anyway). Like Vite's
/// <c>emptyOutDir</c>, but checked before anything is read or written, and for every way of getting it wrong.
/// </summary>
public static class OutputGuard
{
    /// <summary>The folder's problem, or null when a build may replace it.</summary>
    /// <param name="output">The output folder as given (relative to the working folder) or absolute.</param>
    /// <param name="sources">The folders a build reads, by kind ("input", "theme").</param>
    /// <param name="replaceForeign">Replace a folder holding files no build wrote (<c>--replace-output</c>).</param>
    /// <param name="display">Turns an absolute path into the text shown to the user.</param>
    public static Diagnostic? Check(
        string output, IReadOnlyList<(string Kind, string Folder)> sources, bool replaceForeign, Func<string, string> display)
    {
        if (string.IsNullOrWhiteSpace(output)) return OutputErrors.EmptyName.AtFile(null);
        var target = RealPath.Of(output);
        if (Path.GetDirectoryName(target) is null) return OutputErrors.FileSystemRoot.AtFile(null, target);
        if (File.Exists(target)) return OutputErrors.NotAFolder.AtFile(null, display(target));
        foreach (var (kind, folder) in sources)
        {
            var source = RealPath.Of(folder);
            var relation = RealPath.AreSame(target, source) ? "is"
                : RealPath.IsSameOrInside(source, target) ? "contains"
                : RealPath.IsSameOrInside(target, source) ? "lies inside" : null;
            if (relation is not null) return OutputErrors.OverlapsSources.AtFile(null, display(target), relation, kind, display(source));
        }
        if (!Directory.Exists(target)) return null;
        return CheckContents(target, replaceForeign, display);
    }

    private static Diagnostic? CheckContents(string target, bool replaceForeign, Func<string, string> display)
    {
        var listed = OutputManifest.Read(target);
        var foreign = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var entry in Directory.EnumerateFileSystemEntries(target, "*", options))
        {
            var relative = Path.GetRelativePath(target, entry).Replace(Path.DirectorySeparatorChar, '/');
            if (OutputFolder.IsOwnEntry(relative.Split('/')[0])) continue;   // a killed build's staging: recovered, not the user's
            // A repository (or a worktree's '.git' file) is never the site's, whatever the manifest says.
            if (Path.GetFileName(entry) == ".git") return OutputErrors.HoldsRepository.AtFile(null, display(target), relative);
            if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null) continue;
            if (relative != OutputManifest.FileName && listed?.Contains(relative) != true) foreign.Add(relative);
        }
        if (foreign.Count == 0 || replaceForeign) return null;
        foreign.Sort(StringComparer.Ordinal);
        return OutputErrors.ForeignFiles.AtFile(null, display(target), foreign.Count, foreign[0]);
    }
}
