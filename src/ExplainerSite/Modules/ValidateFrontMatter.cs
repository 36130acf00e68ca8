using ExplainerSite.Citations;
using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Validation;

namespace ExplainerSite.Modules;

/// <summary>Rules on front matter beyond its shape: real dates, a description short enough for search results.</summary>
public sealed class ValidateFrontMatter : DocumentModule
{
    public const int MaxDescription = 200;

    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var errors = new List<Diagnostic>();
        var front = document.GetRequired<object>(SiteKeys.Front);
        var (line, column, description) = front switch
        {
            ExplainerFrontMatter e => (e.Line, e.Column, e.Description),
            PageFrontMatter p => (p.Line, p.Column, p.Description),
            _ => (1, 1, ""),
        };
        if (front is ExplainerFrontMatter explainer)
        {
            SiteDataValidator.CheckDate(explainer.Published, document.Source, line, column, errors, fullDateOnly: true);
            if (explainer.Updated is not null)
                SiteDataValidator.CheckDate(explainer.Updated, document.Source, line, column, errors, fullDateOnly: true);
        }
        if (description.Length > MaxDescription)
            context.Diagnostics.Add(SiteErrors.DescriptionTooLong.At(document.Source, line, column, description.Length));
        if (errors.Count > 0) throw new ContentException(errors);
        return document;
    }
}
