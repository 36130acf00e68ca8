using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ExplainerSite.Engine.IO;

public enum SourceRoot { Input, Theme }

/// <summary>
/// Reads the files under the input (or theme) root that match the globs into documents, sorted by path.
/// Text is decoded strictly as UTF-8; with <c>binary: true</c> only the path is kept for a later copy.
/// </summary>
public sealed class ReadFiles(SourceRoot root, IReadOnlyList<string> include, IReadOnlyList<string>? exclude = null, bool binary = false) : IModule
{
    public ReadFiles(params string[] include) : this(SourceRoot.Input, include) { }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var rootPath = root == SourceRoot.Input ? context.Settings.InputRoot : context.Settings.ThemeRoot;
        var paths = Find(rootPath, include, exclude);
        var prefix = root == SourceRoot.Theme ? "theme/" : "";
        var docs = new Document?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var relative = paths[i];
            var full = Path.Combine(rootPath, relative);
            var doc = new Document { Source = prefix + relative, SourceFile = full, IsBinary = binary };
            docs[i] = binary ? doc : context.Guard(doc, () => doc with { Content = TextFile.Read(full, doc.Source) });
        });
        return Task.FromResult(inputs.AddRange(docs.Where(d => d is not null).Select(d => d!)));
    }

    /// <summary>Relative, '/'-separated paths of the matching files, in ordinal order.</summary>
    public static List<string> Find(string rootPath, IReadOnlyList<string> include, IReadOnlyList<string>? exclude)
    {
        if (!Directory.Exists(rootPath)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include);
        if (exclude is not null) matcher.AddExcludePatterns(exclude);
        var files = matcher.GetResultsInFullPath(rootPath)
            .Select(f => Path.GetRelativePath(rootPath, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(s => s.StartsWith('.')))   // dotfiles and editor temp folders are never content
            .Distinct(StringComparer.Ordinal)
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
