using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipework.Host.Cli;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Bench;

/// <summary>
/// bench/make-corpus turns the peer benchmark's generated pages into our content folder: the Markdown bodies must
/// be the generator's bytes exactly (so our build is timed on the same bodies as Hugo's), the folder must build
/// with the command line, and the explainers must be published at Hugo's addresses (/pages/page-NNNNN/, through
/// site.yml's permalinks), so the bodies' links resolve without a redirect page.
/// </summary>
public sealed partial class MakeCorpusTests
{
    private const int Pages = 50;
    private const int Cited = 2;   // max(2, N / 100)
    private const string Seed = "20240601";

    private static string N => Pages.ToString(CultureInfo.InvariantCulture);

    [RequiresCorpusGeneratorFact]
    public async Task Corpus_keeps_the_generated_bodies_and_builds_at_hugos_addresses()
    {
        using var temp = new TempFolder();
        Run(Path.Combine(RepoPaths.Root, "bench", "make-corpus"), N, temp.Combine("corpus"));
        Run("python3", RequiresCorpusGeneratorFactAttribute.Generator, "--pages", N, "--out", temp.Combine("generated"), "--seed", Seed);

        var input = temp.Combine("corpus", "input");
        for (var i = 1; i <= Pages; i++)
        {
            var name = $"page-{i:00000}.md";
            var generated = Body(File.ReadAllBytes(temp.Combine("generated", "pages", name)));
            var ours = File.ReadAllBytes(Path.Combine(input, "explainers", name));
            Assert.True(generated.SequenceEqual(Body(ours)), $"{name}: the body differs from the generator's");
            var front = Encoding.UTF8.GetString(ours[..(ours.Length - generated.Length)]);
            foreach (var key in new[] { "title:", "description:", "published:", "order:" })
                Assert.Contains("\n" + key + " ", front);
            Assert.DoesNotContain("aliases:", front);
        }
        Assert.Contains("[@S1]", File.ReadAllText(Path.Combine(input, "explainers", "cited-0001.md")));
        Assert.True(File.Exists(Path.Combine(input, "microsite.yaml")), "the generator's data file is carried over");
        Assert.Contains("\npermalinks:\n  explainers: \"/pages/:slug/\"\n", File.ReadAllText(Path.Combine(input, "site.yml")));

        var output = temp.Combine("site");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(
            ["build", "--input", input, "--theme", RepoPaths.Theme, "--output", output, "--no-search"],
            new CliConsole(stdout, stderr, temp.Path), ExplainerSiteDefinition.Instance);
        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.DoesNotContain("error", stderr.ToString());

        // Every explainer, and only the explainers, at Hugo's address of content/pages/NAME.md; no redirects.
        var expected = Enumerable.Range(1, Pages).Select(i => $"page-{i:00000}")
            .Concat(Enumerable.Range(1, Cited).Select(j => $"cited-{j:0000}"));
        var published = Directory.EnumerateDirectories(Path.Combine(output, "pages"))
            .Where(d => File.Exists(Path.Combine(d, "index.html"))).Select(Path.GetFileName);
        Assert.Equal(expected.Order(StringComparer.Ordinal), published.Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(output, "_redirects")), "no alias, so no redirects");
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(Path.Combine(output, "explainers")).Select(Path.GetFileName));

        // The body's link to another page is the generator's, unchanged, and that page exists.
        var first = File.ReadAllText(Path.Combine(output, "pages", "page-00001", "index.html"));
        var target = BodyLink().Match(first);
        Assert.True(target.Success, "page-00001 links to another page");
        Assert.True(File.Exists(Path.Combine(output, "pages", target.Groups[1].Value, "index.html")));
        Assert.Contains("<link rel=\"canonical\" href=\"https://bench.example.org/pages/page-00001/\">", first);
        Assert.Contains("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://bench.example.org/pages/page-00001/\"}", first);
        Assert.Contains("<a href=\"/pages/page-00001/\">", File.ReadAllText(Path.Combine(output, "explainers", "index.html")));
        Assert.Contains("<loc>https://bench.example.org/pages/page-00001/</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        // The citation path is exercised: the cited pages list the source in their references.
        var cited = File.ReadAllText(Path.Combine(output, "pages", "cited-0001", "index.html"));
        Assert.Contains(">Public works report</", cited);
        Assert.Contains("<a class=\"source-entry\" href=\"/sources/#S1\">", cited);
    }

    [GeneratedRegex("<a href=\"/pages/(page-[0-9]{5})/\">")]
    private static partial Regex BodyLink();

    /// <summary>The bytes after the closing '---' line of the front matter.</summary>
    private static byte[] Body(byte[] file)
    {
        var marker = "\n---\n"u8;
        var end = file.AsSpan(3).IndexOf(marker);
        Assert.True(file.AsSpan().StartsWith("---\n"u8) && end >= 0, "no front matter");
        return file[(3 + end + marker.Length)..];
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr}{stdout.Result}");
    }
}
