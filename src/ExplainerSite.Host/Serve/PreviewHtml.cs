using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipework.Host.Serve;

/// <summary>
/// What the preview server adds to HTML it serves (never to the built files): the live-reload script before
/// <c>&lt;/body&gt;</c> and, on draft pages, a banner right after <c>&lt;body&gt;</c>.
/// </summary>
public static partial class PreviewHtml
{
    public const string ScriptMarker = "data-explainer-reload";
    public const string BannerMarker = "data-explainer-draft";
    public const string ThemeBannerMarker = "data-draft-banner";
    public const string BannerText = "Draft: this page is not published. Only the preview shows it (serve --drafts); remove 'draft: true' to publish it.";

    public static string ReloadScript(long version) =>
        $$$"""<script {{{ScriptMarker}}}>(()=>{const v="{{{version.ToString(CultureInfo.InvariantCulture)}}}";const s=new EventSource("{{{ReloadHub.Path}}}");s.addEventListener("reload",e=>{if(e.data!==v){s.close();location.reload();}});})();</script>""";

    public static readonly string DraftBanner =
        $"""<div {BannerMarker} role="note" style="position:sticky;top:0;z-index:2147483647;margin:0;padding:.6rem 1rem;background:#ffd84d;color:#111;border-bottom:2px solid #111;font:600 1rem/1.4 system-ui,sans-serif;text-align:center">{BannerText}</div>""";

    public static string Inject(string html, long version, bool draft)
    {
        // The page's own policy allows no inline script or style, which the reload script and banner are; the
        // preview serves pages without it (the built files keep it).
        html = MetaPolicy().Replace(html, "", 1);
        // A theme that writes its own draft banner (data-draft-banner) needs no second one.
        if (draft && !html.Contains(ThemeBannerMarker, StringComparison.Ordinal) && BodyOpen().Match(html) is { Success: true } body)
            html = html.Insert(body.Index + body.Length, DraftBanner);
        var script = ReloadScript(version);
        var close = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return close >= 0 ? html.Insert(close, script) : html + script;
    }

    [GeneratedRegex("<meta\\s+http-equiv=\"Content-Security-Policy\"[^>]*>\\n?", RegexOptions.IgnoreCase)]
    private static partial Regex MetaPolicy();

    [GeneratedRegex("<body\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyOpen();
}
