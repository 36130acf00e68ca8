using ExplainerSite.Model;
using ExplainerSite.Names;
using ExplainerSite.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipework.Content;
using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite.Terms;

/// <summary>
/// Links the first use of each term of the site's term collections in an explainer to its entry
/// (<see cref="TermInline"/>). Only running text counts: paragraphs, also in lists, outside links, code and
/// citations. Headings, block quotes (someone else's words), tables, footnotes and definition lists are left as
/// written. Front matter <c>linkTerms: false</c> turns it off for one explainer.
/// </summary>
public sealed class LinkTermUses : IMarkdownProcessor
{
    /// <summary>The entries linked on the page, in the order they were first used.</summary>
    public const string Linked = "LinkedTerms";

    public IEnumerable<KeyValuePair<string, object?>> Process(MarkdownDocument markdown, Document document,
        IExecutionContext context)
    {
        var index = Index(context);
        if (index.IsEmpty || !Wanted(document)) return [];
        var seen = new HashSet<TermEntry>();
        foreach (var paragraph in markdown.Descendants<ParagraphBlock>().Where(InRunningText).ToList())
            if (paragraph.Inline is { } inline) Link(inline, index, seen);
        return [new(Linked, markdown.Descendants<TermInline>().Select(t => t.Entry).ToList())];
    }

    public string? CacheKey(Document document, IExecutionContext context) =>
        Wanted(document) ? Index(context).Key : "off";

    private static TermIndex Index(IExecutionContext context) =>
        context.Shared("terms:index", () => TermIndex.From(context.SiteData()));

    private static bool Wanted(Document document) =>
        document.Get<object>(SiteKeys.Front) is not ExplainerFrontMatter { LinkTerms: false };

    private static bool InRunningText(ParagraphBlock paragraph)
    {
        for (var parent = paragraph.Parent; parent is not null and not MarkdownDocument; parent = parent.Parent)
            if (parent is not (ListBlock or ListItemBlock)) return false;
        return true;
    }

    /// <summary>Links terms in <paramref name="container"/>'s text in reading order, into emphasis but not links.</summary>
    private static void Link(ContainerInline container, TermIndex index, ISet<TermEntry> seen)
    {
        var run = new List<Inline>();
        for (var node = container.FirstChild; node is not null;)
        {
            var next = node.NextSibling;
            if (node is LiteralInline or LineBreakInline { IsHard: false })
            {
                run.Add(node);
            }
            else
            {
                Replace(run, index, seen);
                if (node is ContainerInline inner and not LinkInline) Link(inner, index, seen);
            }
            node = next;
        }
        Replace(run, index, seen);
    }

    /// <summary>Finds terms in a run of text and soft line breaks (a phrase may span one) and rebuilds it.</summary>
    private static void Replace(List<Inline> run, TermIndex index, ISet<TermEntry> seen)
    {
        if (run.Count == 0) return;
        var text = new System.Text.StringBuilder();
        var breaks = new List<int>();
        foreach (var node in run)
        {
            if (node is LiteralInline literal) text.Append(literal.Content.AsSpan());
            else { breaks.Add(text.Length); text.Append(' '); }
        }
        var all = text.ToString();
        var found = index.Find(all, seen);
        if (found.Count > 0)
        {
            var at = run[0];
            var pieces = new List<Inline>();
            var from = 0;
            foreach (var (start, length, entry) in found)
            {
                Gap(all, from, start, breaks, pieces);
                pieces.Add(new TermInline(all.Substring(start, length), entry));
                from = start + length;
            }
            Gap(all, from, all.Length, breaks, pieces);
            foreach (var piece in pieces) at.InsertBefore(piece);
            foreach (var node in run) node.Remove();
        }
        run.Clear();
    }

    /// <summary>Text between matches, its soft line breaks kept as they were.</summary>
    private static void Gap(string text, int from, int to, List<int> breaks, List<Inline> pieces)
    {
        var start = from;
        foreach (var b in breaks.Where(b => b >= from && b < to))
        {
            if (b > start) pieces.Add(new LiteralInline(text[start..b]));
            pieces.Add(new LineBreakInline { IsHard = false });
            start = b + 1;
        }
        if (to > start) pieces.Add(new LiteralInline(text[start..to]));
    }
}
