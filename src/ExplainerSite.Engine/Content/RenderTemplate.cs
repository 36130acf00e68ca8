using System.Runtime.CompilerServices;
using ExplainerSite.Engine.Caching;
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
        // Once per build: templates kept from an earlier build are re-read if their files changed.
        var theme = context.Shared("engine:theme-fingerprint", () => new StrongBox<Fingerprint>(templates.Refresh())).Value;
        var values = variables(document, context);
        string Render() => templates.Render(layout, values, document.Content, document.Source);
        // With a cache, a page whose content, templates and template values are all unchanged is not rendered again.
        var cache = context.Find<RenderCache>();
        var key = cache is null ? null : CacheKey(document, layout, theme, values, context);
        var html = key is null ? Render() : cache!.GetOrCompute(this, document, key.Value, context, Render);
        return document with { Content = html };
    }

    private static Fingerprint? CacheKey(Document document, string layout, Fingerprint theme, IReadOnlyDictionary<string, object?> values, IExecutionContext context)
    {
        using var key = new FingerprintBuilder(RenderCache.Memo(context));
        key.Add(document.Source).Add(document.Content).Add(layout).Add(theme);
        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
            if (!key.Add(name).TryAddValue(value)) return null;
        return key.Finish();
    }
}
