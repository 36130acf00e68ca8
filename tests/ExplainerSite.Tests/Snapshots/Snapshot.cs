using System.Runtime.CompilerServices;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>
/// Golden-file assertions with Verify's conventions, so the files stay compatible with Verify:
/// <c>Snapshots/NAME.verified.EXT</c> is committed beside the tests; a mismatch writes <c>NAME.received.EXT</c>
/// next to it (git-ignored) and fails with a +/- diff. A missing verified file fails too; run with
/// <c>ACCEPT_SNAPSHOTS=1</c> to write or overwrite verified files (never on CI: <c>CI=true</c> only compares).
/// Nothing is normalised: text must already be UTF-8 without BOM with '\n' line endings, or it fails.
/// </summary>
public static class Snapshot
{
    public const string FolderName = "Snapshots";

    /// <summary>Compares <paramref name="actual"/> with <c>Snapshots/<paramref name="name"/>.verified.<paramref name="extension"/></c>.</summary>
    public static void Verify(string name, string actual, string extension = "txt",
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string test = "") =>
        Store(sourceFile, test).Verify(name, actual, extension);

    /// <summary>
    /// Compares a whole output folder: a manifest <c>Snapshots/NAME.verified.tsv</c> (every file's
    /// <c>path&lt;TAB&gt;bytes&lt;TAB&gt;sha256</c>, sorted) plus one snapshot per text file under
    /// <c>Snapshots/NAME/</c> (see <see cref="SnapshotTree"/> for the naming). All mismatches are reported together.
    /// </summary>
    public static void VerifyTree(string name, string directory,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string test = "") =>
        Store(sourceFile, test).VerifyTree(name, directory);

    private static SnapshotStore Store(string sourceFile, string test) =>
        new(Path.Combine(TestProjectFolder.Find(sourceFile), FolderName), SnapshotMode.FromEnvironment(), test);
}
