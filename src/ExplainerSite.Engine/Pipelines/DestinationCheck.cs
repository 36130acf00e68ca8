using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;

namespace Pipework.Pipelines;

/// <summary>
/// What the engine checks of the destinations before anything is written: each stays inside the output folder,
/// no two documents write one file, and no document needs a folder where another writes a file
/// (<c>sitemap.xml/index.html</c> beside <c>sitemap.xml</c>), which the file system would refuse half-way through
/// writing. A clash is reported at the document that says where it asked for its destination, if one does.
/// </summary>
internal static class DestinationCheck
{
    public static List<Diagnostic> Problems(IEnumerable<Document> documents)
    {
        var problems = new List<Diagnostic>();
        var seen = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in documents.Where(d => d.Destination.Length > 0))
        {
            if (!OutputFolder.IsSafeRelativePath(doc.Destination))
                problems.Add(EngineErrors.DestinationOutsideOutput.AtFile(doc.Source, doc.Destination));
            else if (!seen.TryAdd(doc.Destination, doc))
                problems.Add(At(doc, seen[doc.Destination], (blamed, other) =>
                    EngineErrors.DuplicateDestination.At(blamed.Source, 0, 0, doc.Destination, other.Source)));
        }
        foreach (var (destination, doc) in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var slash = destination.IndexOf('/'); slash > 0; slash = destination.IndexOf('/', slash + 1))
            {
                if (!seen.TryGetValue(destination[..slash], out var file)) continue;
                var folder = destination[..slash];
                problems.Add(At(doc, file, (blamed, _) =>
                    EngineErrors.DestinationUnderFile.At(blamed.Source, 0, 0, folder, file.Source, destination, doc.Source)));
                break;
            }
        }
        return problems;
    }

    /// <summary>
    /// The problem made by <paramref name="make"/> (blamed document, other document) at <paramref name="doc"/>, or at
    /// <paramref name="other"/> when only the other knows where it asked for its destination.
    /// </summary>
    private static Diagnostic At(Document doc, Document other, Func<Document, Document, Diagnostic> make)
    {
        var (blamed, by) = Position(doc) is null && Position(other) is not null ? (other, doc) : (doc, other);
        var diagnostic = make(blamed, by);
        return Position(blamed) is var (line, column) ? diagnostic with { Line = line, Column = column } : diagnostic;
    }

    private static (int Line, int Column)? Position(Document doc) =>
        doc.Get<int>(Keys.DestinationLine) is > 0 and var line ? (line, Math.Max(1, doc.Get<int>(Keys.DestinationColumn))) : null;
}
