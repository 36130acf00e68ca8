using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pipework.Caching;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;
using Pipework.Pipelines;
using Pipework.Templates;
using ExplainerSite.Rendering;
using Fluid;
using Fluid.Parser;

namespace ExplainerSite.SocialCards;

/// <summary>
/// Draws a 1200×630 PNG for every page that has one (<see cref="SocialCardHead.Has"/>) from the theme's
/// <c>theme/cards/card.svg.liquid</c>: the template sees <c>card</c> (the title fitted into lines by
/// <see cref="CardTitle"/>, font size, line height, site name and host) and <c>site</c>. Runs in PostProcess,
/// beside the pages' own rendering, when site.yml says <c>socialCards: true</c>. Cards are drawn in parallel;
/// with a <see cref="RenderCache"/> (the preview server) a card whose SVG text and fonts are unchanged is not
/// drawn again, and across builds <see cref="CardStore"/> keeps the PNGs drawn before in the user's cache.
/// </summary>
public sealed class GenerateSocialCards : IModule
{
    public const string Template = "cards/card.svg.liquid";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private sealed class Png(byte[] bytes)
    {
        public ImmutableArray<byte> Bytes { get; } = ImmutableArray.Create(bytes);
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!SocialCardHead.IsOn(context)) return Task.FromResult(inputs);
        var file = "theme/" + Template;
        var path = Path.Combine(context.Settings.ThemeRoot, Template);
        if (!File.Exists(path))
        {
            context.Diagnostics.Add(CardErrors.TemplateMissing.AtFile(Model.SiteData.SiteFile, file));
            return Task.FromResult(inputs);
        }
        var templates = context.Get<ThemeTemplates>();
        CardFonts fonts;
        IFluidTemplate template;
        try
        {
            template = templates.Parse(TextFile.Read(path, file), file);
            fonts = CardFonts.Load(Path.Combine(context.Settings.ThemeRoot, "cards"));
        }
        catch (ContentException ex)
        {
            context.Diagnostics.AddRange(ex.Diagnostics);
            return Task.FromResult(inputs);
        }
        using (fonts)
        {
            var pages = context.AllOutputs().Where(SocialCardHead.Has).ToList();
            var cards = new Document?[pages.Count];
            var site = SiteModel.Get(context);
            var cache = context.Find<RenderCache>();
            var store = CardStore.ForUser();
            Parallel.For(0, pages.Count, i => cards[i] = context.Guard(pages[i], () =>
            {
                var page = pages[i];
                var svg = Svg(template, templates.Options, Values(page, fonts, context), site, file, page);
                byte[] Drawn() => CardRenderer.Render(svg, fonts, out var problem)
                    ?? throw CardErrors.NotSvg.Exception(page.Source, 0, 0, problem, SocialCardHead.Width, SocialCardHead.Height);
                Png Draw() => new(store.GetOrDraw(CardStore.KeyOf(CardRenderer.Version, fonts.Fingerprint, svg), Drawn));
                var key = new FingerprintBuilder().Add(svg).Add(fonts.Fingerprint).Add(CardRenderer.Version).Finish();
                var png = cache is null ? Draw() : cache.GetOrCompute(this, page, key, context, Draw);
                return Document.Binary(page.Source, SocialCardHead.DestinationOf(page), png.Bytes);
            }));
            return Task.FromResult(inputs.AddRange(cards.Where(c => c is not null).Select(c => c!)));
        }
    }

    private static Dictionary<string, object?> Values(Document page, CardFonts fonts, IExecutionContext context)
    {
        var settings = context.SiteData().Settings;
        var title = page.GetRequired<string>(SiteKeys.Title);
        var fitted = CardTitle.Fit(title, fonts.MeasureTitle);
        var siteUrl = Publishing.SiteUrls.Base(context);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = title,
            ["lines"] = fitted.Lines.Cast<object?>().ToList(),
            ["fontSize"] = fitted.FontSize,
            ["lineHeight"] = fitted.LineHeight,
            ["description"] = page.Get<string>(SiteKeys.Description),
            ["kind"] = page.Get<string>(SiteKeys.Kind),
            ["url"] = page.Url,
            ["home"] = page.Url == "/",
            ["siteName"] = settings.Title,
            ["host"] = Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri) ? uri.Host + uri.AbsolutePath.TrimEnd('/') : siteUrl,
            ["width"] = SocialCardHead.Width,
            ["height"] = SocialCardHead.Height,
        };
    }

    private static string Svg(IFluidTemplate template, TemplateOptions options, Dictionary<string, object?> card,
        IReadOnlyDictionary<string, object?> site, string file, Document page)
    {
        var context = new TemplateContext(options);
        context.SetValue("card", card);
        context.SetValue("site", site);
        try
        {
            return template.Render(context, Encoder);
        }
        catch (Exception ex) when (ex is FluidException or InvalidOperationException or ParseException or ArgumentException)
        {
            throw EngineErrors.TemplateRender.Exception(page.Source, 0, 0, file, ex.Message);
        }
    }
}
