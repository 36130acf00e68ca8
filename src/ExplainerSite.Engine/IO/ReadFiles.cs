using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Pipework.IO;

/// <summary>Which folder a module reads from.</summary>
public enum SourceRoot
{
    /// <summary><see cref="Pipelines.EngineSettings.InputRoot"/>.</summary>
    Input,
    /// <summary><see cref="Pipelines.EngineSettings.ThemeRoot"/>.</summary>
    Theme,
}

/// <summary>
/// Reads the files under the input (or theme) root that match the globs into documents, sorted by path.
/// Text is decoded strictly as UTF-8; with <c>binary: true</c> only the path is kept for a later copy. A file
/// whose name cannot be published as written, or a link that leads outside the root, is an error naming the file.
/// </summary>
public sealed class ReadFiles(SourceRoot root, IReadOnlyList<string> include, IReadOnlyList<string>? exclude = null, bool binary = false) : IModule
{
    /// <summary>Reads files of the input folder matching <paramref name="include"/>.</summary>
    public ReadFiles(params string[] include) : this(SourceRoot.Input, include) { }

    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var rootPath = root == SourceRoot.Input ? context.Settings.InputRoot : context.Settings.ThemeRoot;
        var prefix = root == SourceRoot.Theme ? "theme/" : "";
        // Several pipelines read from the same root: it is walked once per build, and its folder links reported once.
        var tree = context.Shared("engine:files:" + rootPath, () =>
        {
            var walked = Directory.Exists(rootPath) ? SourceTree.Walk(rootPath) : SourceTree.Empty;
            foreach (var (folder, target) in walked.FolderLinksOutside)
                context.Diagnostics.Add(EngineErrors.LinkOutsideRoot.AtFile(prefix + folder, target, SourcePaths.RootName(root)));
            return walked;
        });
        var paths = Find(rootPath, include, exclude, tree.Files);
        var docs = new Document?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var relative = paths[i];
            var full = Path.Combine(rootPath, relative);
            var doc = new Document { Source = prefix + relative, SourceFile = full, IsBinary = binary };
            docs[i] = context.Guard(doc, () =>
            {
                if (SourcePaths.NameProblem(relative) is { } problem)
                    throw EngineErrors.UnsafeFileName.Exception(doc.Source, 0, 0, problem);
                // Only a link can lead out of the root: the walk never enters linked folders.
                if (tree.Links.Contains(relative)) SourcePaths.Contain(rootPath, relative, doc.Source, root);
                return binary ? doc : doc with { Content = TextFile.Read(full, doc.Source) };
            });
        });
        return Task.FromResult(inputs.AddRange(docs.Where(d => d is not null).Select(d => d!)));
    }

    /// <summary>
    /// Relative, '/'-separated paths of the matching files, in ordinal order. Links that resolve outside
    /// <paramref name="within"/> (default: <paramref name="rootPath"/>) are left out: they are never read.
    /// </summary>
    public static List<string> Find(
        string rootPath, IReadOnlyList<string> include, IReadOnlyList<string>? exclude, string? within = null)
    {
        var boundary = within ?? rootPath;
        // A folder that is itself a link out of the boundary (theme/partials -> elsewhere) has no files to offer.
        if (!Directory.Exists(rootPath) || SourcePaths.Escape(boundary, rootPath) is not null) return [];
        var tree = SourceTree.Walk(rootPath);
        var files = tree.Files.Where(f =>
            !tree.Links.Contains(f) || SourcePaths.Escape(boundary, Path.Combine(rootPath, f)) is null);
        return Find(rootPath, include, exclude, files);
    }

    /// <summary>The paths of <paramref name="files"/> (relative to <paramref name="rootPath"/>, as the walk returns them) that match.</summary>
    private static List<string> Find(string rootPath, IReadOnlyList<string> include, IReadOnlyList<string>? exclude, IEnumerable<string> files)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include);
        if (exclude is not null) matcher.AddExcludePatterns(exclude);
        var found = matcher.Match(rootPath, files).Files
            .Select(f => f.Path.Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(s => s.StartsWith('.')))   // dotfiles and editor temp folders are never content
            .Distinct(StringComparer.Ordinal)
            .ToList();
        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
