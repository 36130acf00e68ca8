using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ExplainerSite.Engine.IO;

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
/// Text is decoded strictly as UTF-8; with <c>binary: true</c> only the path is kept for a later copy.
/// </summary>
public sealed class ReadFiles(SourceRoot root, IReadOnlyList<string> include, IReadOnlyList<string>? exclude = null, bool binary = false) : IModule
{
    /// <summary>Reads files of the input folder matching <paramref name="include"/>.</summary>
    public ReadFiles(params string[] include) : this(SourceRoot.Input, include) { }

    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var rootPath = root == SourceRoot.Input ? context.Settings.InputRoot : context.Settings.ThemeRoot;
        // Several pipelines read from the same root: it is walked once per build.
        var all = context.Shared("engine:files:" + rootPath, () => Directory.Exists(rootPath) ? Walk(rootPath).ToList() : []);
        var paths = Find(rootPath, include, exclude, all);
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
    public static List<string> Find(string rootPath, IReadOnlyList<string> include, IReadOnlyList<string>? exclude) =>
        Directory.Exists(rootPath) ? Find(rootPath, include, exclude, Walk(rootPath)) : [];

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

    /// <summary>
    /// Every file under <paramref name="rootPath"/> as a relative path. Symbolic links to folders are not
    /// followed (a link to a parent folder would loop forever), nor are dot-folders (.git, editor backups).
    /// </summary>
    private static IEnumerable<string> Walk(string rootPath)
    {
        var pending = new Stack<string>();
        pending.Push(rootPath);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget is null && !directory.Name.StartsWith('.')) pending.Push(directory.FullName);
                }
                else
                {
                    yield return Path.GetRelativePath(rootPath, entry.FullName);
                }
            }
        }
    }
}
