using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.IO;

/// <summary>
/// Adds binary documents for files copied as they are, e.g. <c>theme/assets/**</c> to <c>assets/**</c>. A file
/// that would run script at the site's origin (<see cref="ActiveContent"/>) is an error at its position instead.
/// </summary>
public sealed class CopyFiles(SourceRoot root, string folder, string destinationFolder) : IModule
{
    /// <inheritdoc/>
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var read = await new ReadFiles(root, [folder.TrimEnd('/') + "/**/*"], binary: true).ExecuteAsync([], context);
        var sourcePrefix = (root == SourceRoot.Theme ? "theme/" : "") + folder.TrimEnd('/') + "/";
        var copied = read.Select(d => context.Guard(d, () =>
        {
            if (d.SourceFile is not null && ActiveContent.Find(d.SourceFile) is var (what, line, column))
                throw EngineErrors.ActiveAsset.Exception(d.Source, line, column, what, Advice(what));
            return d with { Destination = destinationFolder.TrimEnd('/') + "/" + d.Source[sourcePrefix.Length..] };
        }));
        return inputs.AddRange(copied.Where(d => d is not null).Select(d => d!));
    }

    private static string Advice(string what) => what.StartsWith("an SVG", StringComparison.Ordinal)
        ? "Save the image without scripts, event handlers or embedded HTML (most editors have a 'plain SVG' export)."
        : "Write pages as Markdown in input/; a file to download can be zipped.";
}
