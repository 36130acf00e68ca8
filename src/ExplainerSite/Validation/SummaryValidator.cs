using Pipework.Diagnostics;
using Pipework.Yaml;
using ExplainerSite.Model;
using ExplainerSite.Rendering.Comparisons;

namespace ExplainerSite.Validation;

/// <summary>
/// A comparison's <c>summary:</c> lines: a <c>leads</c> line counts over a table the page shows, between two
/// different columns of it; a <c>note</c> has text and sources; a field that does not apply to the line's kind
/// and an unknown <c>{placeholder}</c> are errors. Unknown tables, columns and sources as references are reported
/// by <see cref="SiteDataValidator"/>; everything here is at the line and column it was written.
/// </summary>
public static class SummaryValidator
{
    public static void Validate(DataRecord comparison, CollectionDeclaration comparisons, SiteData data, List<Diagnostic> errors)
    {
        var file = comparison.File;
        var tablesKey = comparisons.Tables ?? "tables";
        var shown = comparison.Values.Refs(tablesKey).Select(r => r.Id).ToList();
        var tableCollection = data.Declaration(comparisons.Type.FieldNamed(tablesKey)?.Type.Item?.To);
        foreach (var line in comparison.Values.List(ComparisonFields.Summary).OfType<DataObject>())
        {
            var kind = line.Text(ComparisonFields.Kind);
            if (kind is null) continue;   // a missing or unknown kind is a binding error already
            if (kind == ComparisonSummary.Leads)
                Leads(line, file, tablesKey, shown, tableCollection, data, errors);
            else
            {
                NotFor(line, ComparisonFields.Table, kind, "Only a 'leads' line counts over a table.", file, errors);
                NotFor(line, ComparisonFields.Columns, kind, "Only a 'leads' line compares two columns.", file, errors);
            }
            if (kind != ComparisonSummary.Note)
                NotFor(line, ComparisonFields.Sources, kind, "A computed line cites what it counts (a 'leads' line its table's source); sources go on a 'note' line.", file, errors);
            else
            {
                if (line.Text(ComparisonFields.Text) is null)
                    errors.Add(SummaryErrors.NoteWithoutText.At(file, line.Line, line.Column));
                else if (line.Refs(ComparisonFields.Sources).Count == 0 && data.SourcesLoaded)
                    errors.Add(SummaryErrors.NoteWithoutSources.At(file, line.Line, line.Column));
                continue;   // a note's text is shown as written: braces in it are text
            }
            if (line.Text(ComparisonFields.Text) is { } text) Placeholders(line, kind, text, file, errors);
        }
    }

    private static void Leads(DataObject line, string file, string tablesKey, List<string> shown,
        CollectionDeclaration? tableCollection, SiteData data, List<Diagnostic> errors)
    {
        if (line.Refs(ComparisonFields.Table) is not [var table])
        {
            errors.Add(SummaryErrors.LeadsWithoutTable.At(file, line.Line, line.Column, tablesKey, string.Join(", ", shown)));
            return;
        }
        if (!shown.Contains(table.Id, StringComparer.Ordinal))
        {
            // An id that is no table at all is an unknown reference (reported with a suggestion); one that is a
            // table the page does not show is this.
            if (data.Find(tableCollection?.Name, table.Id) is not null)
                errors.Add(SummaryErrors.TableNotShown.At(file, table.Line, table.Column, table.Id, tablesKey, string.Join(", ", shown)));
            return;
        }
        if (data.Find(tableCollection?.Name, table.Id) is not { } record) return;
        var columns = record.Values.Refs(ScoreTables.Columns).Select(c => c.Id).ToList();
        var named = line.Refs(ComparisonFields.Columns);
        var (at, atColumn) = line.Written(ComparisonFields.Columns) ? line.PositionOf(ComparisonFields.Columns) : (line.Line, line.Column);
        if (named.Count != 2)
            errors.Add(SummaryErrors.LeadsColumnCount.At(file, at, atColumn, named.Count, string.Join(", ", columns)));
        // An id that names no record at all is an unknown reference already (ES2004).
        var columnCollection = data.Declaration(tableCollection?.Type.FieldNamed(ScoreTables.Columns)?.Type.Item?.To);
        foreach (var c in named.Where(c => !columns.Contains(c.Id, StringComparer.Ordinal)
                     && (columnCollection is null || data.Find(columnCollection.Name, c.Id) is not null)))
        {
            var best = YamlBinder.Suggest(c.Id, columns);
            errors.Add(SummaryErrors.ColumnNotInTable.At(file, c.Line, c.Column, c.Id, table.Id,
                best is null ? "" : $"; did you mean '{best}'?", string.Join(", ", columns)));
        }
        if (named.Count == 2 && named[0].Id == named[1].Id)
            errors.Add(SummaryErrors.SameColumnTwice.At(file, named[1].Line, named[1].Column, named[1].Id));
    }

    private static void NotFor(DataObject line, string field, string kind, string why, string file, List<Diagnostic> errors)
    {
        if (!line.Written(field)) return;
        var (l, c) = line.PositionOf(field);
        errors.Add(SummaryErrors.NotApplicable.At(file, l, c, field, kind, why));
    }

    private static void Placeholders(DataObject line, string kind, string text, string file, List<Diagnostic> errors)
    {
        var known = ComparisonSummary.Placeholders[kind];
        var (l, c) = line.PositionOf(ComparisonFields.Text);
        foreach (var name in SummaryText.Names(text).Distinct(StringComparer.Ordinal).Where(n => !known.Contains(n, StringComparer.Ordinal)))
        {
            var best = YamlBinder.Suggest(name, known);
            errors.Add(SummaryErrors.UnknownPlaceholder.At(file, l, c, name, kind,
                best is null ? "" : $"; did you mean '{{{best}}}'?", string.Join(", ", known.Select(k => "{" + k + "}"))));
        }
    }
}
