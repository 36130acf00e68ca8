using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Yaml;
using ExplainerSite.Model;
using ExplainerSite.Validation;

namespace ExplainerSite.Modules;

/// <summary>
/// Reads the collection declarations (<c>input/collections.yml</c>), binds every data file to its collection,
/// validates the whole (ids, references, sources) and returns a single document carrying the
/// <see cref="SiteData"/>, for the pipelines that depend on data. YAML files no collection declares reach
/// templates as plain values under <c>site.data</c>. Every problem of every file is reported in one run.
/// </summary>
public sealed class CollectSiteData : IModule
{
    public const string SiteDataKey = SiteKeys.SiteData;
    public const string DocumentName = "(site data)";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var errors = new List<Diagnostic>();
        var bySource = inputs.ToDictionary(d => d.Source, StringComparer.Ordinal);
        var declarations = bySource.TryGetValue(DeclarationReader.FileName, out var declDoc)
            ? Guard(declDoc, errors, () => DeclarationReader.Read(declDoc.Content, declDoc.Source, errors)) ?? []
            : [];
        SiteSettings? settings = null;
        if (bySource.TryGetValue(SiteData.SiteFile, out var siteDoc))
            settings = Guard(siteDoc, errors, () => YamlBinder.Shared.Bind<SiteSettings>(siteDoc.Content, siteDoc.Source));
        else
            errors.Add(DataErrors.MissingSiteSettings.AtFile(SiteData.SiteFile));

        var records = declarations.ToDictionary(d => d.Name, _ => new List<DataRecord>(), StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var extra = new List<Document>();
        var folderIds = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in inputs.OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            if (doc.Source is DeclarationReader.FileName or SiteData.SiteFile) continue;
            var collection = declarations.FirstOrDefault(d => Holds(d, doc.Source));
            if (collection is null)
            {
                extra.Add(doc);
                continue;
            }
            if (collection.Folder is not null && !folderIds.TryAdd(collection.Name + "/" + Path.GetFileNameWithoutExtension(doc.Source), doc))
            {
                var first = folderIds[collection.Name + "/" + Path.GetFileNameWithoutExtension(doc.Source)];
                errors.Add(DataErrors.DuplicateFileId.AtFile(doc.Source, Path.GetFileNameWithoutExtension(doc.Source), Path.GetFileName(first.Source)));
                continue;
            }
            var bound = Guard(doc, errors, () => RecordBinder.Bind(collection, doc.Content, doc.Source, errors));
            if (bound is null || (bound.Count == 0 && errors.Any(e => e.File == doc.Source))) failed.Add(collection.Name);
            records[collection.Name].AddRange(bound ?? []);
        }
        var bibliography = declarations.FirstOrDefault(d => d.Role == CollectionRole.Bibliography);
        var data = new SiteData
        {
            Settings = settings ?? new SiteData().Settings,
            Declarations = [.. declarations],
            Records = records.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            SourcesLoaded = bibliography is not null && !failed.Contains(bibliography.Name)
                && inputs.Any(d => bibliography.File == d.Source || Holds(bibliography, d.Source)),
            Extra = UniqueBy(extra, d => Path.ChangeExtension(d.Source, null).Replace('/', '.'), errors)
                .ToImmutableSortedDictionary(p => p.Key, p => Guard(p.Value, errors, () => YamlLoader.Load(p.Value.Content, p.Value.Source)),
                    StringComparer.Ordinal),
        };
        errors.AddRange(SiteDataValidator.Validate(data));
        errors.AddRange(Terms.CheckTerms.Validate(data));
        errors.AddRange(Rendering.Charts.ChartValidator.ValidateAll(data));
        context.Diagnostics.AddRange(errors);
        return Task.FromResult(ImmutableArray.Create(new Document { Source = DocumentName }.With(SiteDataKey, data)));
    }

    /// <summary>Whether <paramref name="source"/> (relative to input/) is a data file of <paramref name="collection"/>.</summary>
    public static bool Holds(CollectionDeclaration collection, string source)
    {
        if (collection.Role is CollectionRole.Articles or CollectionRole.Pages) return false;
        if (collection.File is not null) return collection.File == source;
        var folder = collection.Folder + "/";
        return source.StartsWith(folder, StringComparison.Ordinal) && source.IndexOf('/', folder.Length) < 0
            && (source.EndsWith(".yml", StringComparison.Ordinal) || source.EndsWith(".yaml", StringComparison.Ordinal));
    }

    /// <summary>Runs a step for one file; its content errors join the others instead of stopping the build.</summary>
    private static T? Guard<T>(Document doc, List<Diagnostic> errors, Func<T?> step)
    {
        try { return step(); }
        catch (ContentException ex)
        {
            errors.AddRange(ex.Diagnostics);
            return default;
        }
    }

    /// <summary>Documents by an id made from their file name; a second file with the same id (a.yml and a.yaml) is an error.</summary>
    private static Dictionary<string, Document> UniqueBy(IEnumerable<Document> documents, Func<Document, string> id, List<Diagnostic> errors)
    {
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in documents.OrderBy(d => d.Source, StringComparer.Ordinal))
            if (!byId.TryAdd(id(doc), doc))
                errors.Add(DataErrors.DuplicateFileId.AtFile(doc.Source, id(doc), byId[id(doc)].Source));
        return byId;
    }
}
