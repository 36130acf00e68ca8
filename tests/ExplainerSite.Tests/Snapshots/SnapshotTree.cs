using System.Security.Cryptography;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>
/// How a folder maps onto snapshot files. For a tree snapshot NAME of folder F:
/// <list type="bullet">
/// <item><c>Snapshots/NAME.verified.tsv</c> — the manifest: one line per file of F, <c>path\tbytes\tsha256</c>,
/// '/'-separated paths in ordinal order, lowercase hex. It covers every file, binary or text.</item>
/// <item><c>Snapshots/NAME/DIR/STEM.verified.EXT</c> — for each text file <c>DIR/STEM.EXT</c> of F, where EXT is
/// the last extension (<c>assets/app.min.js</c> → <c>NAME/assets/app.min.verified.js</c>,
/// <c>index.html</c> → <c>NAME/index.verified.html</c>). Received files use <c>.received.</c> instead.</item>
/// </list>
/// Text files are those with an extension in <see cref="TextExtensions"/>; others (images, fonts, files without
/// an extension) are covered by the manifest hash only. Empty folders are not recorded.
/// </summary>
internal static class SnapshotTree
{
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "html", "htm", "css", "js", "mjs", "json", "map", "xml", "xsl", "rss", "atom", "txt", "md", "csv", "tsv",
        "svg", "webmanifest", "toml", "yml", "yaml", "ics",
    };

    /// <summary>Relative '/'-separated paths of every file under <paramref name="directory"/>, in ordinal order.</summary>
    public static List<string> Files(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static string ManifestLine(string relativePath, byte[] bytes)
    {
        if (relativePath.Contains('\t') || relativePath.Contains('\n'))
            throw new SnapshotException($"Cannot snapshot '{relativePath}': a path with a tab or newline does not fit the manifest.");
        return $"{relativePath}\t{bytes.Length}\t{Convert.ToHexStringLower(SHA256.HashData(bytes))}\n";
    }

    public static bool IsText(string relativePath) => Extension(relativePath) is { } ext && TextExtensions.Contains(ext);

    /// <summary>The snapshot file of a text file: <paramref name="kind"/> is "verified" or "received".</summary>
    public static string SnapshotPath(string treeFolder, string relativePath, string kind)
    {
        var ext = Extension(relativePath) ?? throw new ArgumentException($"'{relativePath}' has no extension.", nameof(relativePath));
        var stem = relativePath[..^(ext.Length + 1)];
        return Path.Combine(treeFolder, $"{stem}.{kind}.{ext}".Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>True for <c>STEM.KIND.EXT</c> where EXT has no dot (so <c>a.received.verified.html</c> is a verified file).</summary>
    public static bool IsSnapshotFile(string path, string kind)
    {
        var name = Path.GetFileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 && name[..dot].EndsWith("." + kind, StringComparison.Ordinal);
    }

    private static string? Extension(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot <= 0 || dot == name.Length - 1 ? null : name[(dot + 1)..];
    }
}
