using System.Text.RegularExpressions;
using ExplainerSite.Citations;
using Pipework.Control;
using Pipework.Diagnostics;
using Pipework.Yaml;
using ExplainerSite.Model;

namespace ExplainerSite.Validation;

/// <summary>
/// Rules that span records and files, driven by the declarations: unique ids, references that must resolve
/// (with a "did you mean"), and the journalism rule that every claim carries a source. Returns every
/// problem, each at the line and column it was written.
/// </summary>
public static class SiteDataValidator
{
    public static List<Diagnostic> Validate(SiteData data)
    {
        var errors = new List<Diagnostic>();
        CheckPermalink(data.Settings.Permalinks?.Explainers, errors);
        // An unsafe URL is refused as it is read (ES0050, at its position); a safe one must still be absolute here.
        if (data.Settings.Url is { Length: > 0 } siteUrl && Pipework.Content.SafeUrls.SafeUrl.Problem(siteUrl) is null
            && !Pipework.Content.SafeUrls.SafeUrl.IsAbsoluteHttp(siteUrl))
            errors.Add(DataErrors.SiteUrlNotAbsolute.At(SiteData.SiteFile, data.Settings.Line, data.Settings.Column, siteUrl));
        Citing.CheckLicence.Validate(data.Settings.Licence, SiteData.SiteFile, errors);
        Freshness.CheckFreshness.Validate(data, errors);
        DeclarationChecks.Check(data, errors);
        var sources = data.SourcesLoaded
            ? data.RecordsOf(data.Bibliography?.Name).Select(s => s.Id).ToHashSet(StringComparer.Ordinal)
            : null;
        foreach (var collection in data.Declarations)
        {
            var records = data.RecordsOf(collection.Name);
            if (collection.Folder is null && collection.Id.Length > 0) UniqueIds(records, collection, errors);
            foreach (var record in records)
            {
                if (collection.Folder is not null && !Regex.IsMatch(record.Id, collection.IdPattern))
                    errors.Add((collection.Role == CollectionRole.Comparisons ? ComparisonErrors.InvalidComparisonId : SiteErrors.InvalidId)
                        .At(record.File, 1, 1, record.Id));
                new Walker(data, record.File, sources, errors).Object(record.Values);
            }
            switch (collection.Role)
            {
                case CollectionRole.Bibliography:
                    foreach (var s in records) CheckSource(s, errors);
                    break;
                case CollectionRole.Table:
                    foreach (var t in records) CheckTable(t, collection, errors);
                    break;
                case CollectionRole.Comparisons:
                    foreach (var c in records) ComparisonValidator.Validate(c, collection, data, errors);
                    break;
            }
        }
        return errors;
    }

    private static void CheckPermalink(PositionedText? pattern, List<Diagnostic> errors)
    {
        if (pattern is not null && Permalink.Problem(pattern.Value) is { } problem)
            errors.Add(DataErrors.InvalidPermalink.At(SiteData.SiteFile, pattern.Line, pattern.Column, pattern.Value, problem));
    }

    /// <summary>The bibliography's own rules: an entry names who published it, links are http(s).</summary>
    private static void CheckSource(DataRecord s, List<Diagnostic> errors)
    {
        var v = s.Values;
        var url = v.Text("url");
        if (string.IsNullOrWhiteSpace(v.Text("author")) && string.IsNullOrWhiteSpace(v.Text("publisher")))
            errors.Add(SiteErrors.SourceWithoutPublisher.At(s.File, s.Line, s.Column, s.Id));
        if (url is not null && Pipework.Content.SafeUrls.SafeUrl.IsSafe(url)
            && !url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith("http://", StringComparison.Ordinal))
            errors.Add(SiteErrors.InsecureLink.At(s.File, s.Line, s.Column, url));
    }

    /// <summary>A score table has one label and one score per column in every row.</summary>
    private static void CheckTable(DataRecord table, CollectionDeclaration collection, List<Diagnostic> errors)
    {
        var columns = table.Values.List(ScoreTables.Columns).Count;
        var labels = table.Values.List(ScoreTables.ColumnLabels).Count;
        if (labels != columns)
            errors.Add(DataErrors.LabelCount.At(table.File, table.Line, table.Column, table.Id, labels, columns));
        foreach (var row in table.Values.List(ScoreTables.Rows).OfType<DataObject>())
        {
            var scores = row.List(ScoreTables.Scores).Count;
            if (scores != columns)
                errors.Add(SiteErrors.ScoreCount.At(table.File, row.Line, row.Column,
                    $"{row.Text(collection.RowLabel ?? "label")} ({row.Text(collection.RowDetail ?? "detail")})", scores, columns));
        }
    }

    private static void UniqueIds(IEnumerable<DataRecord> records, CollectionDeclaration collection, List<Diagnostic> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (!Regex.IsMatch(r.Id, collection.IdPattern)) errors.Add(SiteErrors.InvalidId.At(r.File, r.Line, r.Column, r.Id));
            if (!seen.TryAdd(r.Id, r.Line)) errors.Add(SiteErrors.DuplicateId.At(r.File, r.Line, r.Column, r.Id, seen[r.Id]));
        }
    }

    public static void References(Ref r, string kind, IReadOnlyCollection<string> known, string file, List<Diagnostic> errors)
    {
        if (known.Contains(r.Id, StringComparer.Ordinal)) return;
        var best = YamlBinder.Suggest(r.Id, known);
        errors.Add(SiteErrors.UnknownReference.At(file, r.Line, r.Column, kind, r.Id,
            best is null ? $"Known ids: {string.Join(", ", known.Order(StringComparer.Ordinal))}." : $"Did you mean '{best}'?"));
    }

    /// <summary>Walks one record with its declared types: references, citations and sourced values.</summary>
    private sealed class Walker(SiteData data, string file, IReadOnlySet<string>? sources, List<Diagnostic> errors)
    {
        public void Object(DataObject o)
        {
            foreach (var field in o.Type.Fields)
                Value(o[field.Name], field.Type, o);
        }

        private void Value(object? value, FieldType type, DataObject owner)
        {
            switch (type.Kind)
            {
                case FieldKind.Object when value is DataObject child:
                    Object(child);
                    break;
                case FieldKind.List when value is IReadOnlyList<object?> items:
                    foreach (var item in items) Value(item, type.Item!, owner);
                    break;
                case FieldKind.Ref when value is Ref r:
                    var target = type.To is { } to && to.StartsWith('@') ? owner.Text(to[1..]) : type.To;
                    if (data.Declaration(target) is { } collection)
                        References(r, collection.Type.Record ?? collection.Name, [.. data.RecordsOf(target).Select(x => x.Id)], file, errors);
                    break;
                case FieldKind.Field when value is Ref f:
                    var of = type.To is { } t && t.StartsWith('@') ? owner.Text(t[1..]) : type.To;
                    if (data.Declaration(of) is { } declared && FieldPaths.Resolve(declared.Type, f.Id) is null)
                    {
                        var paths = FieldPaths.All(declared.Type);
                        errors.Add(DeclarationErrors.UnknownField.At(file, f.Line, f.Column, f.Id, declared.Name,
                            YamlBinder.Suggest(f.Id, paths) is { } near ? $"; did you mean '{near}'?" : "",
                            string.Join(", ", paths)));
                    }
                    break;
                case FieldKind.Collection when value is Ref c && data.Declaration(c.Id) is null:
                    var names = data.Declarations.Select(d => d.Name).ToList();
                    errors.Add(DeclarationErrors.UnknownCollection.At(file, c.Line, c.Column, c.Id,
                        YamlBinder.Suggest(c.Id, names) is { } best ? $"; did you mean '{best}'?" : "", string.Join(", ", names)));
                    break;
                case FieldKind.Source when value is Ref s:
                    Cited([s], null, owner);
                    break;
                case FieldKind.Sources when value is IReadOnlyList<object?> refs:
                    Cited([.. refs.OfType<Ref>()], "this " + (owner.Type.Record ?? "record"), owner);
                    break;
                case FieldKind.Sourced when value is Fact fact:
                    CheckFact(fact);
                    break;
            }
        }

        private void CheckFact(Fact fact)
        {
            if (fact.NotDisclosed || fact.NotCovered)
            {
                if (fact.Value is not null) errors.Add(DataErrors.NotDisclosedWithValue.At(file, fact.Line, fact.Column));
                Cited(fact.Sources, null, null);
                return;
            }
            if (fact.Value is null) errors.Add(DataErrors.FactWithoutValue.At(file, fact.Line, fact.Column));
            if (sources is null) return;
            if (fact.Sources.Count == 0) errors.Add(SiteErrors.MissingSources.At(file, fact.Line, fact.Column, "this fact"));
            Cited(fact.Sources, null, null);
        }

        /// <summary>Citations must name bibliography entries; <paramref name="what"/> set means at least one is needed.</summary>
        private void Cited(IReadOnlyList<Ref> refs, string? what, DataObject? owner)
        {
            if (sources is null) return;
            if (what is not null && refs.Count == 0) errors.Add(SiteErrors.MissingSources.At(file, owner!.Line, owner.Column, what));
            foreach (var r in refs.Where(r => !sources.Contains(r.Id)))
                errors.Add(SiteErrors.UnknownSource.At(file, r.Line, r.Column, r.Id, ResolveCitations.Suggest(r.Id, sources)));
        }
    }
}
