using System.Text;
using System.Text.RegularExpressions;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>
/// Compares text with verified files in one snapshot folder. Passing deletes a stale received file; failing
/// writes the received file; accepting writes the verified file instead of failing. Text with a BOM or '\r'
/// fails even when accepting.
/// </summary>
internal sealed partial class SnapshotStore(string folder, SnapshotMode mode, string testName = "")
{
    public string Folder { get; } = folder;

    public void Verify(string name, string actual, string extension = "txt")
    {
        CheckName(name);
        var ext = CheckExtension(extension);
        var verified = Path.Combine(Folder, $"{name}.verified.{ext}");
        var received = Path.Combine(Folder, $"{name}.received.{ext}");
        var mismatch = SnapshotText.Problem(actual) is { } problem
            ? Invalid(received, actual, problem, Display(verified))
            : CompareFile(verified, received, actual);
        if (mismatch is not null)
            throw new SnapshotException(SnapshotReport.Format($"Snapshot '{name}'", [mismatch], AcceptHint(mismatch.Kind == "invalid" ? null : (received, verified))));
    }

    public void VerifyTree(string name, string directory)
    {
        CheckName(name);
        if (!Directory.Exists(directory))
            throw new SnapshotException($"Snapshot '{name}': the folder '{directory}' does not exist.");
        var treeFolder = Path.Combine(Folder, name);
        var manifestVerified = Path.Combine(Folder, $"{name}.verified.tsv");
        var manifestReceived = Path.Combine(Folder, $"{name}.received.tsv");
        DeleteReceived(treeFolder);

        var mismatches = new List<SnapshotMismatch>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var manifest = new StringBuilder();
        foreach (var relative in SnapshotTree.Files(directory))
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, relative));
            manifest.Append(SnapshotTree.ManifestLine(relative, bytes));
            if (!SnapshotTree.IsText(relative)) continue;
            var verified = SnapshotTree.SnapshotPath(treeFolder, relative, "verified");
            var received = SnapshotTree.SnapshotPath(treeFolder, relative, "received");
            wanted.Add(verified);
            var text = SnapshotText.Decode(bytes, out var problem);
            var mismatch = problem is not null
                ? Invalid(received, text, $"{relative} {problem}", Display(verified))
                : CompareFile(verified, received, text!);
            if (mismatch is not null) mismatches.Add(mismatch);
        }
        if (CompareFile(manifestVerified, manifestReceived, manifest.ToString()) is { } manifestMismatch)
            mismatches.Insert(0, manifestMismatch);
        mismatches.AddRange(StaleSnapshots(treeFolder, wanted));

        if (mismatches.Count > 0)
            throw new SnapshotException(SnapshotReport.Format($"Snapshot tree '{name}' of {directory}", mismatches, AcceptHint(null)));
    }

    /// <summary>Null when <paramref name="actual"/> matches (or was accepted); otherwise writes the received file.</summary>
    private SnapshotMismatch? CompareFile(string verified, string received, string actual)
    {
        var actualBytes = SnapshotText.Utf8.GetBytes(actual);
        var verifiedBytes = File.Exists(verified) ? File.ReadAllBytes(verified) : null;
        if (verifiedBytes is not null && verifiedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(received);
            return null;
        }
        if (mode.Accept)
        {
            Write(verified, actualBytes);
            File.Delete(received);
            return null;
        }
        Write(received, actualBytes);
        if (verifiedBytes is null)
            return new("missing", Display(verified), "no verified file", SnapshotReport.Diff(null, actual, Display(verified), Display(received)));
        var expected = new UTF8Encoding(false).GetString(verifiedBytes);
        var detail = verifiedBytes.AsSpan().StartsWith("\uFEFF"u8) ? "the verified file starts with a BOM" : "";
        return new("changed", Display(verified), detail, SnapshotReport.Diff(expected, actual, Display(verified), Display(received)));
    }

    /// <summary>Text that breaks the encoding rules is never accepted; it is kept as the received file to look at.</summary>
    private static SnapshotMismatch Invalid(string received, string? text, string problem, string display)
    {
        if (text is not null) Write(received, SnapshotText.Utf8.GetBytes(text));
        return new("invalid", display, problem);
    }

    private IEnumerable<SnapshotMismatch> StaleSnapshots(string treeFolder, HashSet<string> wanted)
    {
        if (!Directory.Exists(treeFolder)) return [];
        var stale = Directory.EnumerateFiles(treeFolder, "*", SearchOption.AllDirectories)
            .Where(f => SnapshotTree.IsSnapshotFile(f, "verified") && !wanted.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!mode.Accept)
            return stale.Select(f => new SnapshotMismatch("stale", Display(f), "its output file is gone"));
        foreach (var file in stale) File.Delete(file);
        DeleteEmptyFolders(treeFolder);
        return [];
    }

    private string AcceptHint((string Received, string Verified)? single)
    {
        var text = new StringBuilder();
        if (mode.AcceptIgnoredOnCi)
            text.Append("ACCEPT_SNAPSHOTS=1 is ignored because CI=true: verified files are never written on CI.\n");
        var filter = testName.Length > 0 ? $" --filter \"FullyQualifiedName~{testName}\"" : "";
        text.Append("Received files are next to the verified ones. To accept, run: ACCEPT_SNAPSHOTS=1 dotnet test ExplainerSite.sln").Append(filter).Append('\n');
        if (single is { } files)
            text.Append("or: mv '").Append(files.Received).Append("' '").Append(files.Verified).Append("'\n");
        return text.ToString();
    }

    private string Display(string path) => Path.GetRelativePath(Path.GetDirectoryName(Folder) ?? Folder, path).Replace('\\', '/');

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void DeleteReceived(string treeFolder)
    {
        if (!Directory.Exists(treeFolder)) return;
        foreach (var file in Directory.EnumerateFiles(treeFolder, "*", SearchOption.AllDirectories).Where(f => SnapshotTree.IsSnapshotFile(f, "received")))
            File.Delete(file);
    }

    private static void DeleteEmptyFolders(string folder)
    {
        foreach (var dir in Directory.EnumerateDirectories(folder)) DeleteEmptyFolders(dir);
        if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }

    private static void CheckName(string name)
    {
        if (!NamePattern().IsMatch(name) || name.Contains(".."))
            throw new ArgumentException($"Snapshot name '{name}' must be a plain file name (letters, digits, '.', '-', '_').", nameof(name));
    }

    private static string CheckExtension(string extension)
    {
        var ext = extension.TrimStart('.');
        if (!ExtensionPattern().IsMatch(ext))
            throw new ArgumentException($"Snapshot extension '{extension}' must be letters and digits, e.g. \"html\".", nameof(extension));
        return ext;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex ExtensionPattern();
}
