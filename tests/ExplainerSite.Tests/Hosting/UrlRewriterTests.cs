using AngleSharp.Html.Parser;
using Pipework.Finalize;
using ExplainerSite.Hosting;

namespace ExplainerSite.Tests.Hosting;

/// <summary>The URL readers of each format find exactly the URLs in it and change nothing else.</summary>
public sealed class UrlRewriterTests
{
    private static readonly UrlMap Prefix = RewriteBasePath.Map("/x/", "https://example.org");

    [Fact]
    public void Html_rewrites_every_url_attribute_and_keeps_every_other_byte()
    {
        const string html = """
            <!DOCTYPE html><html lang=en><head><meta charset=utf-8>
            <link rel="stylesheet" href="/a.css"><link rel=icon href=/i.svg>
            <meta http-equiv="refresh" content="0; URL='/moved/'">
            <meta property="og:url" content="https://example.org/p/"><meta name="description" content="/not/a/url">
            <script type="application/ld+json">{"url":"https://example.org/p/","x":"/data"}</script>
            <style>h1{background:url("/bg.png")}</style>
            </head><body>
            <!-- <a href="/comment/"> -->
            <a HREF = '/q?a=1&amp;b=2' data-url="/d/" data-count="/7" title="/title/">x</a>
            <img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt="/alt" style="background:url(/s.png)">
            <form action="/go/"></form><video poster=/p.jpg></video>
            <textarea><a href="/textarea/"></textarea><script>var u = "<a href='/script/'>";</script>
            <svg><a href="/svg/"><title>t</title></a><use xlink:href="/sprite.svg#i"/></svg>
            <a href="//cdn.example/x">c</a><a href="#top">t</a><a href="rel/">r</a><a href="mailto:a@b.c">m</a>
            </body></html>
            """;
        var expected = html
            .Replace("href=\"/a.css\"", "href=\"/x/a.css\"").Replace("href=/i.svg", "href=/x/i.svg")
            .Replace("URL='/moved/'", "URL='/x/moved/'").Replace("https://example.org/p/", "https://example.org/x/p/")
            .Replace("url(\"/bg.png\")", "url(\"/x/bg.png\")")
            .Replace("'/q?a=1&amp;b=2'", "'/x/q?a=1&amp;b=2'").Replace("data-url=\"/d/\"", "data-url=\"/x/d/\"")
            .Replace("src=\"/i.png\" srcset=\"/i.png 1x, /i2.png 2x\"", "src=\"/x/i.png\" srcset=\"/x/i.png 1x, /x/i2.png 2x\"")
            .Replace("url(/s.png)", "url(/x/s.png)").Replace("action=\"/go/\"", "action=\"/x/go/\"").Replace("poster=/p.jpg", "poster=/x/p.jpg")
            .Replace("href=\"/svg/\"", "href=\"/x/svg/\"").Replace("xlink:href=\"/sprite.svg#i\"", "xlink:href=\"/x/sprite.svg#i\"");

        Assert.Equal(expected, HtmlUrls.Instance.Rewrite(html, Prefix));
    }

    [Fact]
    public void Html_rewrite_agrees_with_AngleSharp_on_every_attribute()
    {
        var html = File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Root, "tests", "ExplainerSite.Tests", "Fixtures", "hostile", "escaped", "input", "explainers", "hostile.md"));
        html = "<p><a href=\"/one/\" class=\"/not\">1</a><img src=/two.png alt='x'><a href='/th&quot;ree/'>3</a></p>" + System.Net.WebUtility.HtmlEncode(html);
        var rewritten = HtmlUrls.Instance.Rewrite(html, Prefix);
        var parser = new HtmlParser();
        var before = parser.ParseDocument(html).All.ToList();
        var after = parser.ParseDocument(rewritten).All.ToList();
        Assert.Equal(before.Select(e => e.LocalName), after.Select(e => e.LocalName));
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i].TextContent, after[i].TextContent);
            foreach (var attribute in before[i].Attributes)
            {
                var expected = attribute.Name is "href" or "src" ? Prefix(attribute.Value) ?? attribute.Value : attribute.Value;
                Assert.Equal(expected, after[i].GetAttribute(attribute.Name));
            }
        }
    }

    [Fact]
    public void Html_with_nothing_to_change_is_returned_as_it_is()
    {
        const string html = "<a href=\"https://other.example/\">x</a><p>/about/</p>";
        Assert.Same(html, HtmlUrls.Instance.Rewrite(html, Prefix));
    }

    [Fact]
    public void Css_rewrites_url_and_import_but_not_comments_or_strings()
    {
        const string css = "/* url(/c.png) */ @import '/i.css'; a{content:\"url(/s)\";background:URL( /b.png ) no-repeat, url('/q.png')} b{background:url(data:image/png;base64,AA)}";
        Assert.Equal(
            "/* url(/c.png) */ @import '/x/i.css'; a{content:\"url(/s)\";background:URL( /x/b.png ) no-repeat, url('/x/q.png')} b{background:url(data:image/png;base64,AA)}",
            CssUrls.Instance.Rewrite(css, Prefix));
    }

    [Fact]
    public void Xml_rewrites_links_urls_in_text_and_escaped_html()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">/not a url/</title>
              <id>https://example.org/</id>
              <link rel="self" href="https://example.org/feed.xml" />
              <entry><id>https://example.org/a/</id><link href="/a/" />
                <content type="html">&lt;a href="/b/"&gt;b&lt;/a&gt;</content></entry>
            </feed>
            """;
        var expected = xml.Replace("<id>https://example.org/</id>", "<id>https://example.org/x/</id>")
            .Replace("https://example.org/feed.xml", "https://example.org/x/feed.xml").Replace("https://example.org/a/", "https://example.org/x/a/")
            .Replace("href=\"/a/\"", "href=\"/x/a/\"").Replace("&lt;a href=\"/b/\"&gt;", "&lt;a href=\"/x/b/\"&gt;");
        Assert.Equal(expected, XmlUrls.Instance.Rewrite(xml, Prefix));
    }

    [Fact]
    public void Robots_and_redirects_files_rewrite_their_url_fields()
    {
        Assert.Equal("User-agent: *\nAllow: /x/\nDisallow: /x/private/ # no\n\nSitemap: https://example.org/x/sitemap.xml\n",
            RobotsUrls.Instance.Rewrite("User-agent: *\nAllow: /\nDisallow: /private/ # no\n\nSitemap: https://example.org/sitemap.xml\n", Prefix));
        Assert.Equal("# comment /a/\n/x/old/ /x/new/ 301!\n",
            RedirectsFileUrls.Instance.Rewrite("# comment /a/\n/old/ /new/ 301!\n", Prefix));
    }

    [Fact]
    public void Json_rewrites_absolute_own_urls_only()
    {
        Assert.Equal("{\"url\":\"https://example.org/x/a/\",\"path\":\"/a/\",\"other\":\"https://other.example/\"}",
            JsonUrls.Instance.Rewrite("{\"url\":\"https://example.org/a/\",\"path\":\"/a/\",\"other\":\"https://other.example/\"}", Prefix));
    }
}
