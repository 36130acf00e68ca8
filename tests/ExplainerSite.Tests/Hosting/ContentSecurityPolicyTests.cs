using AngleSharp.Html.Parser;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// The pages work under netlify.toml's Content-Security-Policy, which allows no inline script or style: no
/// page has a style attribute, a style element, an inline script (JSON-LD data excepted, which is never run),
/// an event-handler attribute or a <c>javascript:</c> URL.
/// </summary>
public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public async Task Built_pages_have_no_inline_script_or_style_and_no_event_handlers()
    {
        var built = await HostingBuilds.RootAsync();
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(built.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(built.Output, file);
            var document = parser.ParseDocument(await File.ReadAllTextAsync(file));
            foreach (var element in document.All)
            {
                if (element.LocalName == "style") problems.Add($"{page}: <style> element");
                if (element.LocalName == "script" && !element.HasAttribute("src") && element.GetAttribute("type") != "application/ld+json")
                    problems.Add($"{page}: inline <script>");
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name == "style") problems.Add($"{page}: style attribute on <{element.LocalName}>");
                    if (attribute.Name.StartsWith("on", StringComparison.Ordinal)) problems.Add($"{page}: {attribute.Name} on <{element.LocalName}>");
                    if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{page}: javascript: URL in {attribute.Name}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
