using Pipework.Pipelines;

namespace ExplainerSite.Tests.TestSupport;

/// <summary>
/// A whole small site written as text inside a test, Hugo's txtar style: <c>-- input/site.yml --</c> starts a
/// file, the lines after it are its content. Files under <c>theme/</c> are laid over a copy of the real theme.
/// <see cref="BuildAsync"/> builds it through the real engine into a temporary folder (search indexing left out).
/// </summary>
public sealed class InlineSite : IDisposable
{
    /// <summary>What every inline site starts from: settings, a bibliography of two sources, the pages the theme links to.</summary>
    public const string Base = """
        -- input/site.yml --
        title: "Inline"
        description: "A site written inside a test."
        url: "https://inline.example"
        -- input/collections.yml --
        sources:
          file: sources.yml
          role: bibliography
          idPattern: "^[A-Za-z0-9]+$"
          list: { url: /sources/, sort: ["id:natural"] }
          fields:
            id: text
            title: text
            publisher: { type: text, optional: true }
            author: { type: text, optional: true }
            date: { type: date, optional: true }
            url: { type: url, optional: true }
            access: { type: enum, values: [original, archived], default: original }
            note: { type: markdown, optional: true }
        -- input/sources.yml --
        - id: S1
          title: "First source"
          publisher: "Press One"
        - id: S2
          title: "Second source"
          publisher: "Press Two"
        -- input/index.md --
        ---
        title: "Home"
        description: "Home page."
        ---
        Hello.
        -- input/about/index.md --
        ---
        title: "About"
        description: "About page."
        ---
        About.
        -- input/explainers/index.md --
        ---
        title: "Explainers"
        description: "The explainers."
        layout: explainers
        ---
        None yet.
        -- input/search/index.md --
        ---
        title: "Search"
        description: "Search the site."
        layout: search
        ---
        -- theme/layouts/search.liquid --
        ---
        layout: base
        ---
        <div class="wrap"><h1>{{ page.title }}</h1></div>
        -- input/sources/index.md --
        ---
        title: "Sources"
        description: "The sources."
        layout: sources
        list: sources
        ---
        Sources.
        """;

    private readonly TempFolder _folder = new();

    private InlineSite(BuildResult result) => Result = result;

    public BuildResult Result { get; private set; }

    public string Output => _folder.Combine("out");

    /// <summary>Every diagnostic as the command line prints its first line: "file:line:col: error CODE: message".</summary>
    public IReadOnlyList<string> Diagnostics => [.. Result.Diagnostics.Select(d => d.ToString())];

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    /// <summary>Builds <see cref="Base"/> with <paramref name="files"/> laid over it (a file given twice: the last wins).</summary>
    public static async Task<InlineSite> BuildAsync(string files, bool withBase = true)
    {
        var site = new InlineSite(null!);
        RepoPaths.CopyTree(RepoPaths.Theme, site._folder.Combine("theme"));
        Directory.CreateDirectory(site._folder.Combine("input"));
        foreach (var (path, text) in Parse((withBase ? Base + "\n" : "") + files))
            site._folder.Write(path, text);
        site.Result = await SiteBuilder.BuildAsync(site._folder.Combine("input"), site._folder.Combine("theme"), site.Output,
            new BuildOptions());
        return site;
    }

    /// <summary>The files of a txtar-like text, in order; a later file of the same path replaces the earlier one.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? path = null;
        var content = new System.Text.StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null) files[path] = content.ToString();
                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null) content.Append(line).Append('\n');
        }
        if (path is not null) files[path] = content.ToString();
        return files;
    }

    public void Dispose() => _folder.Dispose();
}
