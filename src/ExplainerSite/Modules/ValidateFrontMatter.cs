using ExplainerSite.Citations;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Metadata;
using Pipework.Pipelines;
using Pipework.Templates;
using ExplainerSite.Model;
using ExplainerSite.Rendering;
using ExplainerSite.Validation;

namespace ExplainerSite.Modules;

/// <summary>
/// Rules on front matter beyond its declared type (dates and types are the binder's): a layout given by a name
/// (never a path) that exists, a listed collection that is declared, a description short enough for search results.
/// </summary>
public sealed class ValidateFrontMatter : DocumentModule
{
    public const int MaxDescription = 200;

    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var errors = new List<Diagnostic>();
        var front = document.GetRequired<object>(SiteKeys.Front);
        var (line, column, description, layout) = front switch
        {
            ExplainerFrontMatter e => (e.Line, e.Column, e.Description, e.Layout),
            PageFrontMatter p => (p.Line, p.Column, p.Description, p.Layout),
            _ => (1, 1, (string?)null, (string?)null),
        };
        if (layout is not null)
        {
            var (layoutLine, layoutColumn) = KeyPosition(document, "layout", line, column);
            if (!LayoutLookup.IsName(layout))
                errors.Add(EngineErrors.NotALayoutName.At(document.Source, layoutLine, layoutColumn, layout));
            else if (context.Find<ThemeTemplates>() is { } templates && !templates.HasLayout(layout))
                errors.Add(EngineErrors.LayoutNotFound.At(document.Source, layoutLine, layoutColumn, layout, string.Join(", ", templates.LayoutNames())));
        }
        if (front is PageFrontMatter { List: { } list } && context.SiteData() is var data && data.Declaration(list) is null)
        {
            var (listLine, listColumn) = KeyPosition(document, "list", line, column);
            var names = data.Declarations.Select(d => d.Name).ToList();
            errors.Add(DeclarationErrors.UnknownCollection.At(document.Source, listLine, listColumn, list,
                Pipework.Yaml.YamlBinder.Suggest(list, names) is { } best ? $"; did you mean '{best}'?" : "", string.Join(", ", names)));
        }
        if (front is ExplainerFrontMatter explainer)
            Freshness.CheckUpdates.Validate(explainer, document.Source, KeyPosition(document, "updated", line, column),
                errors);
        if (description?.Length > MaxDescription)
            context.Diagnostics.Add(SiteErrors.DescriptionTooLong.At(document.Source, line, column, description!.Length));
        if (errors.Count > 0) throw new ContentException(errors);
        return document;
    }

    /// <summary>Line and column of the value of a top-level front matter key, or the record's own position.</summary>
    private static (int Line, int Column) KeyPosition(Document document, string key, int line, int column)
    {
        var yaml = document.Get<string>(ExtractFrontMatter.FrontMatterText) ?? "";
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(key + ":", StringComparison.Ordinal)) continue;
            var value = lines[i].Length - lines[i][(key.Length + 1)..].TrimStart().Length;
            return (document.Get<int>(Keys.FrontMatterLine) + i, value + 1);
        }
        return (line, column);
    }
}
