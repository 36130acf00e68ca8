using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;

namespace ExplainerSite.Engine.IO;

/// <summary>Writes each document with a destination into the output root (UTF-8 without BOM; binary ones are copied).</summary>
public sealed class WriteFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var root = context.OutputRoot;
        Parallel.ForEach(inputs.Where(d => d.Destination.Length > 0), doc => context.Guard(doc, () =>
        {
            var path = Path.Combine(root, doc.Destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (doc.IsBinary)
                File.Copy(doc.SourceFile!, path, overwrite: true);
            else
                TextFile.Write(path, doc.Content);
            return true;
        }));
        return Task.FromResult(inputs);
    }
}
