using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using ExplainerSite.Citations;
using ExplainerSite.Engine.Control;
using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Engine.Yaml;
using ExplainerSite.Model;

namespace ExplainerSite.Validation;

/// <summary>
/// Rules that span records and files: unique ids, references that must resolve, and the journalism rule that
/// every claim carries a source. Returns every problem, each at the line and column it was written.
/// </summary>
public static partial class SiteDataValidator
{
    public static List<Diagnostic> Validate(SiteData data)
    {
        var errors = new List<Diagnostic>();
        var sources = data.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        CheckPermalink(data.Settings.Permalinks?.Explainers, errors);
        UniqueIds(data.Sources, s => s.Id, DataFiles.Sources, errors, SourceId());
        foreach (var s in data.Sources) CheckSource(s, errors);
        UniqueIds(data.Questions, q => q.Id, DataFiles.Questions, errors, KebabId());
        UniqueIds(data.Stakeholders, s => s.Id, DataFiles.Stakeholders, errors, KebabId());
        UniqueIds(data.Models, m => m.Id, DataFiles.Models, errors, KebabId());
        UniqueIds(data.Benchmarks, b => b.Id, DataFiles.Benchmarks, errors, KebabId());
        UniqueIds(data.Policies, p => p.Id, DataFiles.Policies, errors, KebabId());
        UniqueIds(data.Glossary, g => g.Id, DataFiles.Glossary, errors, KebabId());

        if (data.SourcesLoaded)
        {
            Walk(data.Stakeholders, DataFiles.Stakeholders, sources, errors);
            Walk(data.Models, DataFiles.Models, sources, errors);
            Walk(data.Benchmarks, DataFiles.Benchmarks, sources, errors);
            Walk(data.Policies, DataFiles.Policies, sources, errors);
            Walk(data.Timeline, DataFiles.Timeline, sources, errors);
            Walk(data.Glossary, DataFiles.Glossary, sources, errors);
            foreach (var (id, comparison) in data.Comparisons)
                Walk(comparison, DataFiles.ComparisonsFolder + id + ".yml", sources, errors);
        }

        var questions = data.Questions.Select(q => q.Id).ToList();
        foreach (var s in data.Stakeholders)
            foreach (var p in s.Positions)
                References(p.Question, "question", questions, DataFiles.Stakeholders, errors);
        var models = data.Models.Select(m => m.Id).ToList();
        foreach (var table in data.Benchmarks)
        {
            foreach (var c in table.Columns) References(c, "model", models, DataFiles.Benchmarks, errors);
            if (table.ColumnLabels.Count != table.Columns.Count)
                errors.Add(DataErrors.LabelCount.At(DataFiles.Benchmarks, table.Line, table.Column, table.Id, table.ColumnLabels.Count, table.Columns.Count));
            foreach (var row in table.Rows.Where(r => r.Scores.Count != table.Columns.Count))
                errors.Add(SiteErrors.ScoreCount.At(DataFiles.Benchmarks, row.Line, row.Column, $"{row.Benchmark} ({row.Metric})", row.Scores.Count, table.Columns.Count));
        }
        var terms = data.Glossary.Select(g => g.Id).ToList();
        foreach (var g in data.Glossary)
            foreach (var r in g.SeeAlso) References(r, "glossary term", terms, DataFiles.Glossary, errors);
        foreach (var e in data.Timeline) CheckDate(e.Date, DataFiles.Timeline, e.Line, e.Column, errors, fullDateOnly: false);
        foreach (var (id, comparison) in data.Comparisons)
            ComparisonValidator.Validate(id, comparison, data, errors);
        return errors;
    }

    private static void CheckPermalink(PositionedText? pattern, List<Diagnostic> errors)
    {
        if (pattern is not null && Permalink.Problem(pattern.Value) is { } problem)
            errors.Add(DataErrors.InvalidPermalink.At(DataFiles.Site, pattern.Line, pattern.Column, pattern.Value, problem));
    }

    private static void CheckSource(Source s, List<Diagnostic> errors)
    {
        if (string.IsNullOrWhiteSpace(s.Author) && string.IsNullOrWhiteSpace(s.Publisher))
            errors.Add(SiteErrors.SourceWithoutPublisher.At(DataFiles.Sources, s.Line, s.Column, s.Id));
        if (s.Date is not null) CheckDate(s.Date, DataFiles.Sources, s.Line, s.Column, errors, fullDateOnly: false);
        if (s.Url is not null && !s.Url.StartsWith("https://", StringComparison.Ordinal) && !s.Url.StartsWith("http://", StringComparison.Ordinal))
            errors.Add(SiteErrors.InsecureLink.At(DataFiles.Sources, s.Line, s.Column, s.Url));
    }

    public static void CheckDate(string value, string file, int line, int column, List<Diagnostic> errors, bool fullDateOnly)
    {
        var ok = DateOnly.TryParseExact(value, "yyyy-MM-dd", out _)
                 || (!fullDateOnly && (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", out _) || DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", out _)));
        if (!ok) errors.Add(SiteErrors.InvalidDate.At(file, line, column, value, fullDateOnly ? "" : " (or YYYY-MM, or YYYY)"));
    }

    private static void UniqueIds<T>(IEnumerable<T> items, Func<T, string> id, string file, List<Diagnostic> errors, Regex pattern) where T : YamlRecord
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (!pattern.IsMatch(key)) errors.Add(SiteErrors.InvalidId.At(file, item.Line, item.Column, key));
            if (!seen.TryAdd(key, item.Line)) errors.Add(SiteErrors.DuplicateId.At(file, item.Line, item.Column, key, seen[key]));
        }
    }

    public static void References(Ref r, string kind, IReadOnlyCollection<string> known, string file, List<Diagnostic> errors)
    {
        if (known.Contains(r.Id, StringComparer.Ordinal)) return;
        var best = YamlBinder.Suggest(r.Id, known);
        errors.Add(SiteErrors.UnknownReference.At(file, r.Line, r.Column, kind, r.Id,
            best is null ? $"Known ids: {string.Join(", ", known.Order(StringComparer.Ordinal))}." : $"Did you mean '{best}'?"));
    }

    /// <summary>Checks every <see cref="Fact"/> and every <c>sources</c> list under <paramref name="root"/>.</summary>
    private static void Walk(object? root, string file, IReadOnlySet<string> sources, List<Diagnostic> errors)
    {
        switch (root)
        {
            case null or string: return;
            case Fact fact:
                CheckFact(fact, file, sources, errors);
                return;
            case IEnumerable items:
                foreach (var item in items) Walk(item, file, sources, errors);
                return;
            case YamlRecord record:
                foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length > 0 || property.DeclaringType == typeof(YamlRecord)) continue;
                    var value = property.GetValue(record);
                    if (property.Name == "Sources" && value is IReadOnlyList<Ref> refs)
                        CheckSources(refs, record, DescribeClaim(record), file, sources, errors);
                    else if (value is Ref single && property.Name == "Source")
                        CheckSources([single], record, DescribeClaim(record), file, sources, errors);
                    else if (value is not Ref)
                        Walk(value, file, sources, errors);
                }
                return;
        }
    }

    private static void CheckFact(Fact fact, string file, IReadOnlySet<string> sources, List<Diagnostic> errors)
    {
        if (fact.NotDisclosed || fact.NotCovered)
        {
            if (fact.Value is not null) errors.Add(DataErrors.NotDisclosedWithValue.At(file, fact.Line, fact.Column));
            foreach (var r in fact.Sources.Where(r => !sources.Contains(r.Id)))
                errors.Add(SiteErrors.UnknownSource.At(file, r.Line, r.Column, r.Id, ResolveCitations.Suggest(r.Id, sources)));
            return;
        }
        if (fact.Value is null) errors.Add(DataErrors.FactWithoutValue.At(file, fact.Line, fact.Column));
        CheckSources(fact.Sources, fact, "this fact", file, sources, errors);
    }

    private static void CheckSources(IReadOnlyList<Ref> refs, YamlRecord owner, string what, string file, IReadOnlySet<string> sources, List<Diagnostic> errors)
    {
        if (refs.Count == 0) errors.Add(SiteErrors.MissingSources.At(file, owner.Line, owner.Column, what));
        foreach (var r in refs.Where(r => !sources.Contains(r.Id)))
            errors.Add(SiteErrors.UnknownSource.At(file, r.Line, r.Column, r.Id, ResolveCitations.Suggest(r.Id, sources)));
    }

    private static string DescribeClaim(YamlRecord record) =>
        "this " + (record.GetType().GetCustomAttribute<System.ComponentModel.DisplayNameAttribute>()?.DisplayName ?? record.GetType().Name);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex SourceId();
}
