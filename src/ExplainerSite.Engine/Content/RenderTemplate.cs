using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Pipework.Diagnostics;
using Pipework.Caching;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Templates;

namespace Pipework.Content;

/// <summary>
/// Renders each document's content into its layout: the one it names (<see cref="Keys.Layout"/>), else the first
/// existing of its <see cref="Keys.LayoutFallbacks"/> and <paramref name="defaultLayout"/>, else the theme's
/// <see cref="LayoutLookup.Default"/> (<see cref="LayoutLookup"/>). The variables a template sees come from
/// <paramref name="variables"/>, which the site supplies (typically <c>page</c> and <c>site</c>), and see the
/// layout used as <see cref="Keys.Layout"/>. Documents that neither name nor fall back to a layout pass through.
/// </summary>
public sealed class RenderTemplate(
    Func<Document, IExecutionContext, IReadOnlyDictionary<string, object?>> variables,
    string? defaultLayout = null) : DocumentModule, IRequiresServices
{
    /// <summary>The theme's templates.</summary>
    public IEnumerable<Type> RequiredServices => [typeof(ThemeTemplates)];

    /// <inheritdoc/>
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var named = document.Get<string>(Keys.Layout);
        var fallbacks = document.Get<ImmutableArray<string>>(Keys.LayoutFallbacks);
        if (named is null && fallbacks.IsDefaultOrEmpty && defaultLayout is null) return document;
        var templates = context.Get<ThemeTemplates>();
        if (named is not null && !LayoutLookup.IsName(named))
            throw EngineErrors.NotALayoutName.Exception(document.Source, 0, 0, named);
        var layout = named;
        if (layout is null)
        {
            var candidates = LayoutLookup.Candidates([.. fallbacks.IsDefault ? [] : fallbacks, .. defaultLayout is null ? [] : new[] { defaultLayout }]);
            layout = LayoutLookup.FirstExisting(templates, candidates)
                ?? throw EngineErrors.NoLayout.Exception(document.Source, 0, 0, string.Join(", ", candidates.Select(c => $"'{c}'")));
            document = document.With(Keys.Layout, layout);
        }
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
