using System.Collections.Concurrent;
using Pipework.IO;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Pipework.Templates;

/// <summary>
/// Remembers what <see cref="IFileProvider.GetFileInfo"/> answered for each partial until <see cref="Clear"/>.
/// Fluid asks for a partial's file on every <c>{% render %}</c> (two file-system lookups each), which at thousands
/// of pages costs more than rendering. <see cref="ThemeTemplates.Refresh"/> clears it once per build, so a build
/// sees the partials as they were when it started, and an edit is seen by the next build. A partial is asked for
/// by name, never by path (<see cref="TemplateNameException"/>), and is opened only if it lies inside the theme.
/// </summary>
internal sealed class CachedFileProvider(IFileProvider inner, string themeRoot) : IFileProvider
{
    private const string Extension = ".liquid";
    private readonly ConcurrentDictionary<string, IFileInfo> _files = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _files.GetOrAdd(subpath, Open);

    private IFileInfo Open(string subpath)
    {
        var name = subpath.EndsWith(Extension, StringComparison.Ordinal) ? subpath[..^Extension.Length] : subpath;
        if (!LayoutLookup.IsName(name) || name.StartsWith('.')) throw new TemplateNameException(name);
        var display = "theme/partials/" + subpath;
        SourcePaths.Contain(themeRoot, Path.Combine("partials", subpath), display, SourceRoot.Theme);
        var file = inner.GetFileInfo(subpath);
        return file.Exists && file.PhysicalPath is { } path ? new TextFileInfo(file, path, display) : file;
    }

    /// <summary>A partial read the way every text file is (<see cref="TextFile.Read"/>: strict UTF-8, no controls).</summary>
    private sealed class TextFileInfo(IFileInfo file, string path, string display) : IFileInfo
    {
        public bool Exists => true;
        public long Length => file.Length;
        public string? PhysicalPath => path;
        public string Name => file.Name;
        public DateTimeOffset LastModified => file.LastModified;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(TextFile.Utf8NoBom.GetBytes(TextFile.Read(path, display)));
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => inner.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => inner.Watch(filter);

    public void Clear() => _files.Clear();
}

/// <summary>A <c>{% render %}</c> or <c>{% include %}</c> that names a path instead of a partial.</summary>
internal sealed class TemplateNameException(string name) : ArgumentException($"'{name}' is not a partial name")
{
    public string Name { get; } = name;
}
