using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace ExplainerSite.Engine.Templates;

/// <summary>
/// Remembers what <see cref="IFileProvider.GetFileInfo"/> answered for each partial until <see cref="Clear"/>.
/// Fluid asks for a partial's file on every <c>{% render %}</c> (two file-system lookups each), which at thousands
/// of pages costs more than rendering. <see cref="ThemeTemplates.Refresh"/> clears it once per build, so a build
/// sees the partials as they were when it started, and an edit is seen by the next build.
/// </summary>
internal sealed class CachedFileProvider(IFileProvider inner) : IFileProvider
{
    private readonly ConcurrentDictionary<string, IFileInfo> _files = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _files.GetOrAdd(subpath, inner.GetFileInfo);

    public IDirectoryContents GetDirectoryContents(string subpath) => inner.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => inner.Watch(filter);

    public void Clear() => _files.Clear();
}
