using Pipework.Analyzers;

namespace ExplainerSite.Tests.Editor;

/// <summary>How the link checker reads an href: which site path it names, or that it leaves the site.</summary>
public sealed class LinkTargetTests
{
    [Theory]
    [InlineData("/about/", "/x/", "/about/", null)]
    [InlineData("/explainers/a/#why", "/x/", "/explainers/a/", "why")]
    [InlineData("#top-3", "/explainers/a/", "/explainers/a/", "top-3")]
    [InlineData("b/", "/explainers/a/", "/explainers/a/b/", null)]
    [InlineData("../b/?q=1#c", "/explainers/a/", "/explainers/b/", "c")]
    [InlineData("/caf%C3%A9/", "/", "/café/", null)]
    [InlineData("https://fixture.example/about/#a", "/", "/about/", "a")]
    [InlineData("https://fixture.example", "/", "/", null)]
    public void Internal_links_resolve_to_a_site_path_and_fragment(string href, string page, string path, string? fragment)
    {
        var target = LinkTarget.Resolve(href, page, "https://fixture.example");
        Assert.Equal((false, path, fragment), (target.IsExternal, target.Path, target.Fragment));
    }

    [Theory]
    [InlineData("https://example.org/", true, false)]
    [InlineData("http://example.org/", true, true)]
    [InlineData("//cdn.example.org/x.js", true, false)]
    [InlineData("mailto:editor@example.org", false, false)]
    [InlineData("tel:+441234", false, false)]
    public void Other_sites_are_external_and_other_schemes_are_not_checked(string href, bool external, bool plainHttp)
    {
        var target = LinkTarget.Resolve(href, "/", "https://fixture.example");
        Assert.Equal((external, plainHttp, (string?)null), (target.IsExternal, target.IsPlainHttp, target.Path));
    }

    [Fact]
    public void Under_a_base_path_links_are_read_below_it()
    {
        Assert.Equal("/about/", LinkTarget.Resolve("/sub/about/", "/", null, "/sub/").Path);
        Assert.Equal("/", LinkTarget.Resolve("/sub", "/", null, "/sub/").Path);
        // A root link that skips the base path points outside the site, so it does not resolve.
        Assert.True(LinkTarget.Resolve("/about/", "/", null, "/sub/").OutsideBasePath);
        Assert.False(LinkTarget.Resolve("/sub/about/", "/", null, "/sub/").OutsideBasePath);
    }

    [Fact]
    public void Destinations_accept_pretty_urls_with_and_without_the_slash()
    {
        var published = new HashSet<string> { "index.html", "about/index.html", "assets/site.css" };
        Assert.Equal("index.html", LinkTarget.Destination("/", published));
        Assert.Equal("about/index.html", LinkTarget.Destination("/about/", published));
        Assert.Equal("about/index.html", LinkTarget.Destination("/about", published));
        Assert.Equal("assets/site.css", LinkTarget.Destination("/assets/site.css", published));
        Assert.Null(LinkTarget.Destination("/assets/", published));
    }
}
