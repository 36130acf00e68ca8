using System.Collections.Immutable;

namespace ExplainerSite.Model;

/// <summary>All data files of a build, bound to their declared collections and validated; what pages and templates read.</summary>
public sealed record SiteData
{
    public const string SiteFile = "site.yml";

    public SiteSettings Settings { get; init; } = new() { Title = "", Description = "", Url = "" };
    /// <summary>The declared collections, in declaration order.</summary>
    public ImmutableArray<CollectionDeclaration> Declarations { get; init; } = [];
    /// <summary>Each collection's records, in file order (a folder collection's in id order).</summary>
    public ImmutableDictionary<string, ImmutableArray<DataRecord>> Records { get; init; } =
        ImmutableDictionary<string, ImmutableArray<DataRecord>>.Empty.WithComparers(StringComparer.Ordinal);
    /// <summary>Other YAML files as plain values, by path without extension.</summary>
    public ImmutableSortedDictionary<string, object?> Extra { get; init; } =
        ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>False when the bibliography could not be read, so citation checks would only repeat that error.</summary>
    public bool SourcesLoaded { get; init; }

    public CollectionDeclaration? Declaration(string? name) => Declarations.FirstOrDefault(d => d.Name == name);

    public ImmutableArray<DataRecord> RecordsOf(string? name) => name is not null && Records.TryGetValue(name, out var r) ? r : [];

    /// <summary>The collection whose records citations resolve against (role: bibliography).</summary>
    public CollectionDeclaration? Bibliography => Declarations.FirstOrDefault(d => d.Role == CollectionRole.Bibliography);

    public IEnumerable<CollectionDeclaration> WithRole(CollectionRole role) => Declarations.Where(d => d.Role == role);

    private ImmutableDictionary<string, ImmutableDictionary<string, DataRecord>>? _byId;

    /// <summary>A record by collection and id; null when there is none.</summary>
    public DataRecord? Find(string? collection, string id)
    {
        _byId ??= Records.ToImmutableDictionary(p => p.Key,
            p => p.Value.GroupBy(r => r.Id, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            StringComparer.Ordinal);
        return collection is not null && _byId.TryGetValue(collection, out var records) ? records.GetValueOrDefault(id) : null;
    }

    /// <summary>The bibliography entry <paramref name="id"/>, if any.</summary>
    public DataRecord? Source(string id) => Find(Bibliography?.Name, id);
}
