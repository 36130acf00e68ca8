using System.Collections.Immutable;
using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Validation;

namespace ExplainerSite.Modules;

/// <summary>
/// Gathers the bound data files into one <see cref="SiteData"/>, validates it as a whole (ids, references,
/// sources) and returns a single document carrying it, for the pipelines that depend on data.
/// </summary>
public sealed class CollectSiteData : IModule
{
    public const string SiteDataKey = SiteKeys.SiteData;
    public const string DocumentName = "(site data)";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var bySource = inputs.ToDictionary(d => d.Source, StringComparer.Ordinal);
        T? Record<T>(string file) where T : class => bySource.TryGetValue(file, out var d) ? d.Get<T>(BindDataFiles.Record) : null;
        ImmutableArray<T> List<T>(string file) => [.. Record<List<T>>(file) ?? []];

        var settings = Record<SiteSettings>(DataFiles.Site);
        if (settings is null && !context.Diagnostics.ToSortedList().Any(d => d.File == DataFiles.Site))
            context.Diagnostics.Add(DataErrors.MissingSiteSettings.AtFile(DataFiles.Site));
        var data = new SiteData
        {
            Settings = settings ?? new SiteData().Settings,
            Sources = List<Source>(DataFiles.Sources),
            SourcesLoaded = Record<List<Source>>(DataFiles.Sources) is not null,
            Questions = List<Question>(DataFiles.Questions),
            Stakeholders = List<Stakeholder>(DataFiles.Stakeholders),
            Models = List<AiModel>(DataFiles.Models),
            Benchmarks = List<BenchmarkTable>(DataFiles.Benchmarks),
            Policies = List<PolicyOption>(DataFiles.Policies),
            Timeline = List<TimelineEvent>(DataFiles.Timeline),
            Glossary = List<GlossaryTerm>(DataFiles.Glossary),
            Comparisons = UniqueBy(inputs.Where(d => d.Get<ComparisonDefinition>(BindDataFiles.Record) is not null), d => Path.GetFileNameWithoutExtension(d.Source), context)
                .ToImmutableSortedDictionary(p => p.Key, p => p.Value.GetRequired<ComparisonDefinition>(BindDataFiles.Record), StringComparer.Ordinal),
            Extra = UniqueBy(inputs.Where(d => d.Has(Keys.Data)), d => Path.ChangeExtension(d.Source, null).Replace('/', '.'), context)
                .ToImmutableSortedDictionary(p => p.Key, p => p.Value.Get<object>(Keys.Data), StringComparer.Ordinal),
        };
        context.Diagnostics.AddRange(SiteDataValidator.Validate(data));
        return Task.FromResult(ImmutableArray.Create(new Document { Source = DocumentName }.With(SiteDataKey, data)));
    }

    /// <summary>Documents by an id made from their file name; a second file with the same id (a.yml and a.yaml) is an error.</summary>
    private static Dictionary<string, Document> UniqueBy(IEnumerable<Document> documents, Func<Document, string> id, IExecutionContext context)
    {
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in documents.OrderBy(d => d.Source, StringComparer.Ordinal))
            if (!byId.TryAdd(id(doc), doc))
                context.Diagnostics.Add(DataErrors.DuplicateFileId.AtFile(doc.Source, id(doc), byId[id(doc)].Source));
        return byId;
    }
}
