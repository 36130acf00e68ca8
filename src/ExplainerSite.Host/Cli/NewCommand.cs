using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExplainerSite.Engine.IO;
using ExplainerSite.Engine.Metadata;
using ExplainerSite.Engine.Yaml;

namespace ExplainerSite.Cli;

/// <summary>
/// <c>new explainer "Title"</c>: writes <c>input/explainers/SLUG.md</c> with valid front matter (published today,
/// UTC; next in the reading order; a draft) and a short skeleton. An existing file is never overwritten.
/// </summary>
public static partial class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var title = new Argument<string>("title") { Description = "The explainer's title, in quotes" };
        var slug = new Option<string?>("--slug") { Description = "File name without .md (default: made from the title)" };
        var input = new Option<string>("--input") { Description = "Content folder", DefaultValueFactory = _ => "input" };
        var explainer = new Command("explainer", "Start a new explainer (a draft) in input/explainers/") { title, slug, input };
        explainer.SetAction(parse => CreateExplainer(parse.GetValue(title)!, parse.GetValue(slug), parse.GetValue(input)!, console));
        return new Command("new", "Create new content from a template") { explainer };
    }

    public static int CreateExplainer(string title, string? slug, string input, CliConsole console)
    {
        var printer = new DiagnosticPrinter(console.FullPath(input), console.FullPath(input), console.Error, console.WorkingDirectory, console.UseColor);
        var root = console.FullPath(input);
        if (!Directory.Exists(root))
        {
            printer.Print(CliErrors.FolderMissing.AtFile(null, "input", input, "--input"));
            return ExitCodes.Usage;
        }
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            printer.Print(CliErrors.InvalidSlug.AtFile(null, slug));
            return ExitCodes.Usage;
        }
        slug ??= Slugify(title);
        if (slug.Length == 0)
        {
            printer.Print(CliErrors.NoSlug.AtFile(null, title));
            return ExitCodes.Usage;
        }
        var folder = Path.Combine(root, "explainers");
        var file = Path.Combine(folder, slug + ".md");
        var shown = Path.GetRelativePath(console.WorkingDirectory, file).Replace('\\', '/');
        var today = console.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(folder);
        try
        {
            // CreateNew refuses an existing file atomically, so two runs cannot overwrite each other either.
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            var bytes = TextFile.Utf8NoBom.GetBytes(Scaffold(title, today, NextOrder(folder)));
            stream.Write(bytes);
        }
        catch (IOException) when (File.Exists(file))
        {
            printer.Print(CliErrors.FileExists.AtFile(null, shown));
            return ExitCodes.ContentError;
        }
        console.Out.WriteLine($"Created {shown} (a draft).");
        console.Out.WriteLine("Preview it with: dotnet run --project src/ExplainerSite -- serve --drafts");
        console.Out.WriteLine("When it is ready, remove the line 'draft: true'.");
        return ExitCodes.Success;
    }

    public static string Scaffold(string title, string published, int order) =>
        $"""
        ---
        title: {Quote(title)}
        description: "One or two sentences for listings, search results and link previews."
        published: {published}
        order: {order}
        draft: true
        ---

        ## The question

        Start with what a reader wants to know, in a sentence or two.

        ## What the sources say

        Back every claim with a source from input/sources.yml: write its id in square brackets after the claim,
        like `[@S7]`, or several like `[@S3; @S7]`.

        ## Why it matters

        Close with what this means and what to watch.

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// Accented and other Latin letters spelled in ASCII. A table rather than Unicode decomposition, which the
    /// tool's invariant globalization mode does not do for non-ASCII text.
    /// </summary>
    private static readonly Dictionary<char, string> Ligatures = BuildLatinTable(
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"));

    private static Dictionary<char, string> BuildLatinTable(params (string Letters, string Ascii)[] groups) =>
        groups.SelectMany(g => g.Letters.Select(c => (c, g.Ascii))).ToDictionary(p => p.c, p => p.Ascii);

    /// <summary>"Chips & the H20: what's next?" → "chips-the-h20-whats-next".</summary>
    public static string Slugify(string title)
    {
        var text = new StringBuilder();
        foreach (var c in title)
        {
            if (c is '\'' or '’') continue;
            if (Ligatures.TryGetValue(char.ToLowerInvariant(c), out var spelled)) text.Append(spelled);
            else text.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = DashRun().Replace(text.ToString(), "-").Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    /// <summary>One more than the largest <c>order</c> among the explainers that can be read; 1 when there are none.</summary>
    private static int NextOrder(string folder)
    {
        var max = 0L;
        foreach (var path in Directory.EnumerateFiles(folder, "*.md"))
        {
            try
            {
                if (ExtractFrontMatter.Split(TextFile.Read(path, path), path) is not { } split) continue;
                if (YamlLoader.Load(split.Yaml, path) is IDictionary<string, object?> front && front.TryGetValue("order", out var order) && order is long n)
                    max = Math.Max(max, n);
            }
            catch (Engine.Diagnostics.ContentException)
            {
                // A file with broken front matter does not stop a new one from being made; build will report it.
            }
        }
        return (int)Math.Min(max + 1, int.MaxValue);
    }

    private static string Quote(string text) =>
        "\"" + text.ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashRun();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
