using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipework.IO;

namespace Pipework.Host.Cli;

/// <summary>
/// <c>new KIND "Title"</c>: writes <c>input/FOLDER/SLUG.md</c> for one of the site's <see cref="ContentKind"/>s,
/// with the text the site makes for it (e.g. an explainer: valid front matter and a skeleton). An existing file is
/// never overwritten.
/// </summary>
public static partial class NewCommand
{
    public static Command Create(CliConsole console, ISiteDefinition site)
    {
        var command = new Command("new", "Create new content from a template");
        foreach (var kind in site.ContentKinds)
        {
            var title = new Argument<string>("title") { Description = $"The {kind.Name}'s title, in quotes" };
            var slug = new Option<string?>("--slug") { Description = "File name without .md (default: made from the title)" };
            var input = new Option<string>("--input") { Description = "Content folder", DefaultValueFactory = _ => "input" };
            var sub = new Command(kind.Name, kind.Description) { title, slug, input };
            sub.SetAction(parse => CreateContent(kind, parse.GetValue(title)!, parse.GetValue(slug), parse.GetValue(input)!, console));
            command.Add(sub);
        }
        if (site.StarterSite.Count > 0)
        {
            var folder = new Argument<string>("folder") { Description = "The new site's folder (created; must not hold anything yet)" };
            var sub = new Command("site", "Start a new site: its own input/ and theme/, one collection, pages that cite a source") { folder };
            sub.SetAction(parse => CreateSite(site.StarterSite, parse.GetValue(folder)!, console));
            command.Add(sub);
        }
        return command;
    }

    /// <summary>
    /// Writes <paramref name="files"/> into a new folder. Like <c>hugo new site</c>, it refuses a folder that already
    /// holds anything, so it never replaces or mixes with someone's files.
    /// </summary>
    public static int CreateSite(IReadOnlyDictionary<string, string> files, string folder, CliConsole console)
    {
        var printer = new DiagnosticPrinter(console.WorkingDirectory, console.WorkingDirectory, console.Error, console.WorkingDirectory, console.UseColor)
            { Annotations = console.Annotations };
        var root = string.IsNullOrWhiteSpace(folder) ? "" : console.FullPath(folder);
        if (root.Length == 0 || File.Exists(root) || (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any()))
        {
            printer.Print(CliErrors.SiteFolderNotEmpty.AtFile(null, folder));
            return ExitCodes.Usage;
        }
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(TextFile.Utf8NoBom.GetBytes(text));
        }
        var shown = Path.GetRelativePath(console.WorkingDirectory, root).Replace('\\', '/');
        console.Out.WriteLine($"Created a new site in {shown}/ ({files.Count} files: input/ and theme/).");
        console.Out.WriteLine($"Next: cd {shown}, then 'serve' to preview it and 'check --strict' before you publish.");
        console.Out.WriteLine("Add a kind of record in input/collections.yml (docs/content-model.md describes the format).");
        return ExitCodes.Success;
    }

    public static int CreateContent(ContentKind kind, string title, string? slug, string input, CliConsole console)
    {
        var printer = new DiagnosticPrinter(console.FullPath(input), console.FullPath(input), console.Error, console.WorkingDirectory, console.UseColor)
            { Annotations = console.Annotations };
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
        var folder = Path.Combine(root, kind.Folder);
        var file = Path.Combine(folder, slug + ".md");
        var shown = Path.GetRelativePath(console.WorkingDirectory, file).Replace('\\', '/');
        var today = console.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(folder);
        try
        {
            // CreateNew refuses an existing file atomically, so two runs cannot overwrite each other either.
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            var bytes = TextFile.Utf8NoBom.GetBytes(kind.Write(new NewContent(title, today, folder)));
            stream.Write(bytes);
        }
        catch (IOException) when (File.Exists(file))
        {
            printer.Print(CliErrors.FileExists.AtFile(null, shown));
            return ExitCodes.ContentError;
        }
        console.Out.WriteLine($"Created {shown}{kind.CreatedNote}.");
        foreach (var line in kind.NextSteps) console.Out.WriteLine(line);
        return ExitCodes.Success;
    }

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

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashRun();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
