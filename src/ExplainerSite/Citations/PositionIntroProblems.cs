using Pipework.Content;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Markdig.Syntax;

namespace ExplainerSite.Citations;

/// <summary>
/// Runs the site's Markdown processors (citations, link checks …) on Markdown held in a YAML value, such as a
/// comparison's intro, then moves each problem they report from the value's coordinates to the file's, using
/// the <see cref="IntroLocation"/> under <see cref="Location"/>.
/// </summary>
public sealed class PositionIntroProblems(params IMarkdownProcessor[] inner) : IMarkdownProcessor
{
    public const string Location = "IntroLocation";

    public IEnumerable<KeyValuePair<string, object?>> Process(MarkdownDocument markdown, Document document, IExecutionContext context)
    {
        // Processors report relative to the content's first line; with 0 that is the value's own line (0-based).
        var local = document.With(Keys.ContentLine, 0);
        var metadata = new List<KeyValuePair<string, object?>>();
        var errors = new List<Diagnostic>();
        foreach (var processor in inner)
        {
            try
            {
                metadata.AddRange(processor.Process(markdown, local, context));
            }
            catch (ContentException ex)
            {
                errors.AddRange(ex.Diagnostics.Select(d => Move(d, document)));
            }
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return metadata;
    }

    private static Diagnostic Move(Diagnostic d, Document document)
    {
        if (d.File != document.Source || document.Get<IntroLocation>(Location) is not { } location) return d;
        var (line, column) = location.Map(d.Line, d.Column);
        return d with { Line = line, Column = column };
    }
}
