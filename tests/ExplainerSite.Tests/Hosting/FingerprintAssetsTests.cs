using System.Security.Cryptography;
using System.Text;
using Pipework.Documents;
using Pipework.Finalize;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>Files under /assets/ get content-hash names, and every reference to them follows.</summary>
public sealed class FingerprintAssetsTests
{
    private static async Task<Dictionary<string, Document>> RunAsync(params Document[] documents)
    {
        var pipeline = new Pipeline(EngineRunner.PipelineName) { Input = [new AddDocuments(documents)] };
        var engine = new SiteEngineBuilder().AddPipeline(pipeline).AddTransform(new FingerprintAssets(_ => "https://example.org")).Build();
        var result = await EngineRunner.RunAsync(engine);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Documents[EngineRunner.PipelineName].ToDictionary(d => d.Source, StringComparer.Ordinal);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];

    [Fact]
    public async Task Assets_get_the_sha256_of_their_final_bytes_and_html_and_css_references_follow()
    {
        var logo = new Document { Source = "logo", Destination = "assets/img/logo.svg", Content = "<svg/>" };
        var css = new Document { Source = "css", Destination = "assets/site.css", Content = "h1{background:url(img/logo.svg)}\n@import \"/assets/print.css\";" };
        var print = new Document { Source = "print", Destination = "assets/print.css", Content = "a{color:red}" };
        var page = new Document
        {
            Source = "page", Destination = "about/index.html",
            Content = "<link rel=\"stylesheet\" href=\"/assets/site.css?v=1\"><img src=\"../assets/img/logo.svg#x\" srcset=\"/assets/img/logo.svg 2x\"><meta property=\"og:image\" content=\"https://example.org/assets/img/logo.svg\"><a href=\"/assets/missing.css\">m</a>",
        };

        var docs = await RunAsync(logo, css, print, page);

        var logoHash = Hash("<svg/>");
        var printHash = Hash("a{color:red}");
        Assert.Equal($"assets/img/logo.{logoHash}.svg", docs["logo"].Destination);
        Assert.Equal($"assets/print.{printHash}.css", docs["print"].Destination);
        var cssText = $"h1{{background:url(img/logo.{logoHash}.svg)}}\n@import \"/assets/print.{printHash}.css\";";
        Assert.Equal(cssText, docs["css"].Content);
        // The style sheet is named after its content with the new names in it: a changed image renames it too.
        var cssHash = Hash(cssText);
        Assert.Equal($"assets/site.{cssHash}.css", docs["css"].Destination);
        Assert.Equal(
            $"<link rel=\"stylesheet\" href=\"/assets/site.{cssHash}.css?v=1\"><img src=\"../assets/img/logo.{logoHash}.svg#x\" srcset=\"/assets/img/logo.{logoHash}.svg 2x\"><meta property=\"og:image\" content=\"https://example.org/assets/img/logo.{logoHash}.svg\"><a href=\"/assets/missing.css\">m</a>",
            docs["page"].Content);
    }

    [Fact]
    public async Task Same_input_gives_the_same_names_and_files_outside_assets_keep_theirs()
    {
        Document[] Input() =>
        [
            new() { Source = "css", Destination = "assets/site.css", Content = "body{}" },
            new() { Source = "feed", Destination = "feed.xml", Content = "<feed/>" },
            new() { Source = "license", Destination = "assets/LICENSE", Content = "text" },
        ];
        var first = await RunAsync(Input());
        var second = await RunAsync(Input());

        Assert.Equal(first["css"].Destination, second["css"].Destination);
        Assert.Equal("feed.xml", first["feed"].Destination);
        Assert.Equal($"assets/LICENSE.{Hash("text")}", first["license"].Destination);
    }

    [Theory]
    [InlineData("assets/site.css", "abc", "assets/site.abc.css")]
    [InlineData("assets/app.min.js", "abc", "assets/app.min.abc.js")]
    [InlineData("assets/LICENSE", "abc", "assets/LICENSE.abc")]
    [InlineData("assets/.well-known", "abc", "assets/.well-known.abc")]
    [InlineData("my%20file.png", "abc", "my%20file.abc.png")]
    public void Hash_goes_before_the_extension(string path, string hash, string expected) =>
        Assert.Equal(expected, FingerprintAssets.NameWithHash(path, hash));

    [Fact]
    public async Task Real_site_assets_are_fingerprinted_and_pages_link_to_the_new_names()
    {
        var built = await HostingBuilds.RootAsync();
        var assets = Directory.EnumerateFiles(Path.Combine(built.Output, "assets"), "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            var name = Path.GetFileName(asset);
            Assert.Matches(@"^[^.]+(\.[^.]+)*\.[0-9a-f]{10}\.[a-z0-9]+$", name);
            var hash = name.Split('.')[^2];
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(asset)))[..10], hash);
        }
        var home = await File.ReadAllTextAsync(Path.Combine(built.Output, "index.html"));
        var css = Path.GetFileName(assets.Single(a => Path.GetFileName(a).StartsWith("site.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal)));
        Assert.Contains($"href=\"/assets/{css}\"", home);
        Assert.DoesNotContain("\"/assets/site.css\"", home);
    }
}
