using ExplainerSite.Hosting;
using ExplainerSite.Tests.Editor;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// ES2205: a page of a theme that writes the security policy must go out with it, in _headers and in its meta; a
/// layout that forgets the head partial fails the build at the page (issue 14).
/// </summary>
public sealed class SecurityPolicyCheckTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_page_whose_layout_has_no_policy_meta_fails_the_build_and_a_good_build_writes_headers_for_every_page()
    {
        var good = await _site.BuildAsync();
        Assert.True(good.ExitCode == 0, good.ToString());
        var headers = _site.Read("output/_headers");
        foreach (var path in (string[])["/\n", "/about/\n", "/explainers/first/\n", "/404.html\n"])
            Assert.Contains(path + "  Content-Security-Policy: " + SecurityPolicy.Page + "\n", headers);

        _site.Write("theme/layouts/bare.liquid", "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ page.title }}</title></head>\n<body>{{ content }}</body></html>\n");
        _site.Replace("input/about.md", "description: \"What this fixture is.\"", "description: \"What this fixture is.\"\nlayout: bare");

        var run = await _site.BuildAsync();

        CliAssert.FailsWith(run, "input/about.md: error ES2205: "
            + HostingErrors.MissingPolicy.Format("about/index.html", "its <head> has no <meta http-equiv=\"Content-Security-Policy\">"));
    }
}
