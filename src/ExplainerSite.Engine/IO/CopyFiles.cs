using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;

namespace ExplainerSite.Engine.IO;

/// <summary>Adds binary documents for files copied as they are, e.g. <c>theme/assets/**</c> to <c>assets/**</c>.</summary>
public sealed class CopyFiles(SourceRoot root, string folder, string destinationFolder) : IModule
{
    /// <inheritdoc/>
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var read = await new ReadFiles(root, [folder.TrimEnd('/') + "/**/*"], binary: true).ExecuteAsync([], context);
        var sourcePrefix = (root == SourceRoot.Theme ? "theme/" : "") + folder.TrimEnd('/') + "/";
        var copied = read.Select(d => d with
        {
            Destination = destinationFolder.TrimEnd('/') + "/" + d.Source[sourcePrefix.Length..],
        });
        return inputs.AddRange(copied);
    }
}
