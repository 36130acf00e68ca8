using System.Text;
using DiffPlex.Renderer;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>One file that failed: what happened (changed, missing, invalid, stale), where, and its diff.</summary>
internal sealed record SnapshotMismatch(string Kind, string Path, string Detail = "", string Diff = "");

/// <summary>Formats failures the same way for one file and for a tree: the list of files first, then the diffs.</summary>
internal static class SnapshotReport
{
    /// <summary>Diff lines shown per file and in all; the .received files hold the rest.</summary>
    public const int MaxLinesPerDiff = 60;
    public const int MaxDiffLines = 200;

    private static readonly UnidiffRenderer Renderer = new(null, 3);

    /// <summary>A unified diff (<c>-</c> verified, <c>+</c> received) with three lines of context.</summary>
    public static string Diff(string? verified, string received, string verifiedName, string receivedName) =>
        Renderer.Generate(verified ?? "", received, verified is null ? "(no verified file)" : verifiedName, receivedName, false, false);

    public static string Format(string title, IReadOnlyList<SnapshotMismatch> mismatches, string acceptHint)
    {
        var text = new StringBuilder();
        text.Append(title).Append(": ").Append(mismatches.Count).Append(mismatches.Count == 1 ? " file does" : " files do").Append(" not match\n");
        foreach (var m in mismatches)
            text.Append("  ").Append(m.Kind.PadRight(8)).Append(m.Path).Append(m.Detail.Length > 0 ? " (" + m.Detail + ")" : "").Append('\n');

        var budget = MaxDiffLines;
        foreach (var m in mismatches.Where(m => m.Diff.Length > 0))
        {
            var lines = m.Diff.TrimEnd('\n').Split('\n');
            var shown = Math.Min(Math.Min(lines.Length, MaxLinesPerDiff), budget);
            if (shown == 0)
            {
                text.Append("\n… further diffs omitted; compare the .received files.\n");
                break;
            }
            text.Append('\n');
            foreach (var line in lines.Take(shown)) text.Append(line).Append('\n');
            if (shown < lines.Length) text.Append("… ").Append(lines.Length - shown).Append(" more diff lines for ").Append(m.Path).Append('\n');
            budget -= shown;
        }
        return text.Append('\n').Append(acceptHint).ToString();
    }
}
