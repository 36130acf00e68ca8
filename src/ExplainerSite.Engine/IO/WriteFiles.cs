using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.IO;

/// <summary>
/// Writes each document with a destination into the output root (UTF-8 without BOM; binary ones are copied or written as their bytes); with
/// incremental output, only those the output folder does not already hold (<see cref="OutputLedger"/>).
/// </summary>
public sealed class WriteFiles : IModule
{
    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var root = context.OutputRoot;
        var ledger = context.Ledger;
        // In place (a filled ledger: the engine stages otherwise), a file is replaced by a rename, so a reader never sees half of it.
        var inPlace = ledger is { IsFilled: true };
        // Shared by every pipeline's WriteFiles of this build, so a full disk is reported once, not once per pipeline.
        var failed = context.Shared(nameof(WriteFiles) + ".failed", () => new StrongBox<int>());
        Parallel.ForEach(inputs.Where(d => d.Destination.Length > 0), (doc, loop) => context.Guard(doc, () =>
        {
            if (ledger?.IsCurrent(doc) == true) return true;
            var path = Path.Combine(root, doc.Destination);
            try
            {
                Write(doc, path, inPlace);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not FileNotFoundException)
            {
                // A full disk or a read-only folder fails every write the same way: say it once, at the first path, and stop.
                loop.Stop();
                if (Interlocked.Exchange(ref failed.Value, 1) == 1) return false;
                var shown = context.Settings.Display(Path.Combine(context.Settings.OutputRoot, doc.Destination));
                throw OutputErrors.WriteFailed.Exception(null, 0, 0, shown, OutputErrors.Reason(ex));
            }
            return true;
        }));
        return Task.FromResult(inputs);
    }

    private static void Write(Document doc, string path, bool inPlace)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var target = inPlace ? path + ".tmp-" + Guid.NewGuid().ToString("N") : path;
        if (doc.IsBinary && !doc.Bytes.IsDefault)
            File.WriteAllBytes(target, doc.Bytes.AsSpan());
        else if (doc.IsBinary)
            File.Copy(doc.SourceFile!, target, overwrite: true);
        else
            TextFile.Write(target, doc.Content);
        if (!ReferenceEquals(target, path)) File.Move(target, path, overwrite: true);
    }
}
