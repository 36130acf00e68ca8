using Pipework.Content;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExplainerSite.Citations;

/// <summary>
/// Numbers a page's citations in order of first use and checks every key against the bibliography. All
/// unknown keys of a page are reported together, each at its own line and column.
/// </summary>
public sealed class ResolveCitations(Func<IExecutionContext, IReadOnlySet<string>> knownSources) : IMarkdownProcessor
{
    public const string Citations = nameof(Citations);

    public IEnumerable<KeyValuePair<string, object?>> Process(MarkdownDocument markdown, Document document, IExecutionContext context)
    {
        var known = knownSources(context);
        var numbering = new CitationNumbering();
        var errors = new List<Diagnostic>();
        var firstLine = document.Get<int>(Keys.ContentLine);
        foreach (var citation in markdown.Descendants<CitationInline>())
        {
            // "a claim [@S3]." reads as "a claim³." — the superscript sits against the word it supports.
            if (citation.PreviousSibling is LiteralInline before) before.Content.TrimEnd();
            foreach (var (key, column) in citation.Keys)
            {
                if (!known.Contains(key))
                {
                    errors.Add(SiteErrors.UnknownSource.At(document.Source, firstLine + citation.Line, column + 1, key, Suggest(key, known)));
                    continue;
                }
                // "[@S3; @S3]" is one citation of S3: one number, one anchor.
                if (citation.Marks.Exists(m => m.Number == numbering.Number(key))) continue;
                citation.Marks.Add(numbering.Cite(key));
            }
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return [new(Citations, numbering)];
    }

    /// <summary>
    /// A render can be reused while the body starts on the same line (positions in errors) and the bibliography has
    /// the same ids (which citations resolve, and the suggestions for those that do not).
    /// </summary>
    public string? CacheKey(Document document, IExecutionContext context)
    {
        var ids = context.Shared("citations:known-ids-key", () =>
        {
            var known = knownSources(context);
            // A stand-in that accepts every key (no readable bibliography) has no ids to list.
            var any = known.Count == 0 && known.Contains("\0");
            return any ? "*" : string.Join(",", known.Order(StringComparer.Ordinal));
        });
        return document.Get<int>(Keys.ContentLine).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + ids;
    }

    internal static string Suggest(string key, IReadOnlySet<string> known)
    {
        var best = Pipework.Yaml.YamlBinder.Suggest(key, known);
        return best is null ? "" : $" (did you mean '{best}'?)";
    }
}
