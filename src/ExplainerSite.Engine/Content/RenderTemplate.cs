using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Engine.Templates;

namespace ExplainerSite.Engine.Content;

/// <summary>
/// Renders each document's content into its layout (metadata <see cref="Keys.Layout"/>, else
/// <paramref name="defaultLayout"/>). The variables a template sees come from <paramref name="variables"/>,
/// which the site supplies (typically <c>page</c> and <c>site</c>). Documents without a layout pass through.
/// </summary>
public sealed class RenderTemplate(
    Func<Document, IExecutionContext, IReadOnlyDictionary<string, object?>> variables,
    string? defaultLayout = null) : DocumentModule
{
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var layout = document.Get<string>(Keys.Layout) ?? defaultLayout;
        if (layout is null) return document;
        var templates = context.Get<ThemeTemplates>();
        var html = templates.Render(layout, variables(document, context), document.Content, document.Source);
        return document with { Content = html };
    }
}
