namespace Pipework.IO;

/// <summary>
/// Every file under a root as a relative path, which of them are symbolic links (to be checked by
/// <see cref="SourcePaths"/> before they are read), and the linked folders that lead outside the root. Linked
/// folders are never entered (a link to a parent folder would loop forever), nor are dot-folders (.git, backups).
/// </summary>
internal sealed record SourceTree(
    List<string> Files, HashSet<string> Links, List<(string Folder, string Target)> FolderLinksOutside)
{
    public static readonly SourceTree Empty = new([], [], []);

    public static SourceTree Walk(string rootPath)
    {
        var tree = new SourceTree([], new HashSet<string>(StringComparer.Ordinal), []);
        var pending = new Stack<string>();
        pending.Push(rootPath);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                var relative = Path.GetRelativePath(rootPath, entry.FullName).Replace('\\', '/');
                var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;
                if (entry is DirectoryInfo directory)
                {
                    if (directory.Name.StartsWith('.')) continue;
                    if (!isLink) pending.Push(directory.FullName);
                    else if (SourcePaths.Escape(rootPath, directory.FullName) is { } target)
                        tree.FolderLinksOutside.Add((relative, target));
                }
                else
                {
                    tree.Files.Add(relative);
                    if (isLink) tree.Links.Add(relative);
                }
            }
        }
        tree.FolderLinksOutside.Sort((a, b) => string.CompareOrdinal(a.Folder, b.Folder));
        return tree;
    }
}
