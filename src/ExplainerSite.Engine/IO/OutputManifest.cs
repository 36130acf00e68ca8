using System.Text;

namespace Pipework.IO;

/// <summary>
/// The list of files a build wrote, kept in the output folder as <see cref="FileName"/>. It is what tells a later
/// build that the folder is the generator's to replace (<see cref="OutputGuard"/>), and which files in it are
/// not: a build never deletes a file that is not listed.
/// </summary>
public static class OutputManifest
{
    /// <summary>The manifest's file name at the output folder's root.</summary>
    public const string FileName = ".explainersite-manifest";

    private const string Header =
        "# The files the last build of this site wrote into this folder (one a line). A build replaces the folder\n" +
        "# only while it holds nothing else. Do not edit.\n";

    /// <summary>The files listed in <paramref name="folder"/>'s manifest, or null when it has none.</summary>
    public static IReadOnlySet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        return File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes the manifest of every file now in <paramref name="folder"/>; returns how many it lists.</summary>
    public static int WriteFor(string folder) => Write(folder, Files(folder));

    /// <summary>Writes <paramref name="files"/> (paths relative to <paramref name="folder"/>, '/'-separated) as its manifest.</summary>
    public static int Write(string folder, IEnumerable<string> files)
    {
        var list = files.Where(f => f != FileName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder(Header);
        foreach (var file in list) text.Append(file).Append('\n');
        var path = Path.Combine(folder, FileName);
        var temp = path + ".tmp";
        TextFile.Write(temp, text.ToString());
        File.Move(temp, path, overwrite: true);
        return list.Count;
    }

    /// <summary>Every file (and link) under <paramref name="folder"/>, relative and '/'-separated, the manifest excluded.</summary>
    public static IEnumerable<string> Files(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative != FileName) yield return relative;
        }
    }
}
