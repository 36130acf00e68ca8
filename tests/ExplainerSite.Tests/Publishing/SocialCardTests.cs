using System.Buffers.Binary;
using Pipework.Host.Cli;
using ExplainerSite.SocialCards;
using ExplainerSite.Tests.Hosting;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Publishing;

/// <summary>Social cards (issue 16): every page's og:image is a 1200×630 PNG the build wrote, named absolutely.</summary>
public sealed class SocialCardTests
{
    private const string SiteUrl = "https://explainer-site.netlify.app";

    /// <summary>Width and height from a PNG's IHDR chunk, after checking the signature.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public async Task Every_page_names_a_1200x630_png_card_that_the_build_wrote()
    {
        var output = await RealSite.OutputAsync();
        var pages = OutputPages.All(output);
        Assert.True(pages.Count > 30, $"only {pages.Count} pages");
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, file, html) in pages)
        {
            var image = html.Meta("og:image");
            Assert.True(image is not null && image.StartsWith(SiteUrl + "/cards/", StringComparison.Ordinal), $"{file}: og:image {image}");
            var path = image[(SiteUrl.Length + 1)..];
            Assert.True(named.Add(path), $"{file}: {path} is another page's card");
            Assert.Equal("cards/" + file[..^".html".Length] + ".png", path);
            Assert.Equal((1200, 630), PngSize(await File.ReadAllBytesAsync(Path.Combine(output, path))));
            Assert.Equal("image/png", html.Meta("og:image:type"));
            Assert.Equal("1200", html.Meta("og:image:width"));
            Assert.Equal("630", html.Meta("og:image:height"));
            Assert.Contains(html.Meta("og:title")!, html.Meta("og:image:alt"));
            Assert.Equal("summary_large_image", html.Meta("twitter:card"));
        }
        // No card without its page.
        var written = Directory.EnumerateFiles(Path.Combine(output, "cards"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'));
        Assert.Equal(named.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Under_a_base_path_og_image_is_under_it_and_the_card_is_the_same_file()
    {
        var root = await HostingBuilds.RootAsync();
        var sub = await HostingBuilds.SubPathAsync();
        foreach (var (_, file, html) in OutputPages.All(sub.Output))
        {
            var image = html.Meta("og:image");
            var prefix = HostingBuilds.SiteUrl + HostingBuilds.SubPath;
            Assert.True(image is not null && image.StartsWith(prefix + "cards/", StringComparison.Ordinal), $"{file}: og:image {image}");
            var path = image[prefix.Length..];
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(root.Output, path)), await File.ReadAllBytesAsync(Path.Combine(sub.Output, path)));
        }
    }

    [Fact]
    public async Task Cards_are_off_unless_site_yml_turns_them_on()
    {
        using var temp = new TempFolder();
        var (input, theme, output) = (temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"));
        RepoPaths.CopyTree(RepoPaths.Input, input);
        RepoPaths.CopyTree(RepoPaths.Theme, theme);
        var site = Path.Combine(input, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("socialCards: true\n", "", StringComparison.Ordinal));

        var run = await BuildAsync(input, theme, output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "cards")));
        var home = await File.ReadAllTextAsync(Path.Combine(output, "index.html"));
        Assert.DoesNotContain("og:image", home);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", home);
    }

    [Theory]
    [InlineData("cards/card.svg.liquid", "site.yml: error ES2301: socialCards is on but the theme has no card template (theme/cards/card.svg.liquid)")]
    [InlineData("cards/DejaVuSans.ttf|cards/DejaVuSans-Bold.ttf", "theme/cards/: error ES2302: socialCards is on but theme/cards/ holds no font file (.ttf or .otf)")]
    public async Task A_theme_without_its_card_template_or_fonts_fails_the_build_naming_what_is_missing(string removed, string error)
    {
        using var temp = new TempFolder();
        var (input, theme, output) = (temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"));
        RepoPaths.CopyTree(RepoPaths.Input, input);
        RepoPaths.CopyTree(RepoPaths.Theme, theme);
        foreach (var file in removed.Split('|')) File.Delete(Path.Combine(theme, file));

        var run = await BuildAsync(input, theme, output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(error, run.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_card_template_that_is_not_svg_fails_at_each_page_with_the_reason()
    {
        using var temp = new TempFolder();
        var (input, theme, output) = (temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"));
        RepoPaths.CopyTree(RepoPaths.Input, input);
        RepoPaths.CopyTree(RepoPaths.Theme, theme);
        File.WriteAllText(Path.Combine(theme, GenerateSocialCards.Template), "<svg>{{ card.title }}");

        var run = await BuildAsync(input, theme, output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"explainers/overview\.md: error ES2304: the card template did not render an SVG of 1200×630 for this page: ", run.Stderr);
    }

    [Fact]
    public void A_title_is_set_as_large_as_fits_in_four_lines_and_a_longer_one_is_cut_at_a_word()
    {
        // A fixed-pitch stand-in for the font: each character is 0.6 em wide.
        static float Measure(string text, int size) => text.Length * size * 0.6f;

        var shortTitle = CardTitle.Fit("Sources", Measure);
        Assert.Equal(["Sources"], shortTitle.Lines);
        Assert.Equal(CardTitle.Sizes[0], shortTitle.FontSize);

        var title = "Claude 3.5 Sonnet vs DeepSeek V3 on every benchmark of DeepSeek's Table 6";
        var fitted = CardTitle.Fit(title, Measure);
        Assert.Equal(title, string.Join(' ', fitted.Lines));
        Assert.All(fitted.Lines, line => Assert.True(Measure(line, fitted.FontSize) <= CardTitle.BoxWidth, line));
        Assert.InRange(fitted.Lines.Count, 2, CardTitle.MaxLines);
        // Balanced: the last line is not a lone short word.
        Assert.True(fitted.Lines[^1].Contains(' '), string.Join(" | ", fitted.Lines));

        var endless = CardTitle.Fit(string.Join(' ', Enumerable.Repeat("export controls", 40)), Measure);
        Assert.Equal((CardTitle.MaxLines, CardTitle.Sizes[^1]), (endless.Lines.Count, endless.FontSize));
        Assert.EndsWith("…", endless.Lines[^1]);
        Assert.All(endless.Lines, line => Assert.True(Measure(line, endless.FontSize) <= CardTitle.BoxWidth, line));

        var word = CardTitle.Fit(new string('W', 80), Measure);
        Assert.All(word.Lines, line => Assert.True(Measure(line, word.FontSize) <= CardTitle.BoxWidth, line));
    }

    private sealed record Run(int ExitCode, string Stdout, string Stderr);

    private static async Task<Run> BuildAsync(string input, string theme, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await BuildCommand.RunAsync(ExplainerSiteDefinition.Instance, input, theme, output, new BuildOptions(), stdout, stderr);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }
}
