using System.Collections.Immutable;

namespace ExplainerSite.Model;

/// <summary>All data files of a build, bound and validated; what every page and template reads.</summary>
public sealed record SiteData
{
    public SiteSettings Settings { get; init; } = new() { Title = "", Description = "", Url = "" };
    public ImmutableArray<Source> Sources { get; init; } = [];
    public ImmutableArray<Question> Questions { get; init; } = [];
    public ImmutableArray<Stakeholder> Stakeholders { get; init; } = [];
    public ImmutableArray<AiModel> Models { get; init; } = [];
    public ImmutableArray<BenchmarkTable> Benchmarks { get; init; } = [];
    public ImmutableArray<PolicyOption> Policies { get; init; } = [];
    public ImmutableArray<TimelineEvent> Timeline { get; init; } = [];
    public ImmutableArray<GlossaryTerm> Glossary { get; init; } = [];
    /// <summary>Comparison definitions by id (the file name), in id order.</summary>
    public ImmutableSortedDictionary<string, ComparisonDefinition> Comparisons { get; init; } =
        ImmutableSortedDictionary<string, ComparisonDefinition>.Empty.WithComparers(StringComparer.Ordinal);
    /// <summary>Other YAML files as plain values, by path without extension.</summary>
    public ImmutableSortedDictionary<string, object?> Extra { get; init; } =
        ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>False when sources.yml could not be read, so citation checks would only repeat that error.</summary>
    public bool SourcesLoaded { get; init; }

    private ImmutableDictionary<string, Source>? _sourceById;
    public ImmutableDictionary<string, Source> SourceById =>
        _sourceById ??= Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
