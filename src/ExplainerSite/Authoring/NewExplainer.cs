using Pipework.Host.Cli;
using Pipework.Diagnostics;
using Pipework.IO;
using Pipework.Metadata;
using Pipework.Yaml;

namespace ExplainerSite.Authoring;

/// <summary>
/// <c>new explainer "Title"</c>: <c>input/explainers/SLUG.md</c> with valid front matter (published today, UTC; next
/// in the reading order; a draft) and a short skeleton. The host's <see cref="NewCommand"/> names and writes the file.
/// </summary>
public static class NewExplainer
{
    public static readonly ContentKind Kind = new("explainer", "explainers", "Start a new explainer (a draft) in input/explainers/")
    {
        Write = content => Scaffold(content.Title, content.Date, NextOrder(content.Folder)),
        CreatedNote = " (a draft)",
        NextSteps =
        [
            "Preview it with: dotnet run --project src/ExplainerSite -- serve --drafts",
            "When it is ready, remove the line 'draft: true'.",
        ],
    };

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
            catch (ContentException)
            {
                // A file with broken front matter does not stop a new one from being made; build will report it.
            }
        }
        return (int)Math.Min(max + 1, int.MaxValue);
    }

    private static string Quote(string text) =>
        "\"" + text.ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
