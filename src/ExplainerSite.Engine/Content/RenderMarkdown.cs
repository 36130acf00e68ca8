using System.Collections.Immutable;
using Pipework.Caching;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipework.Content;

/// <summary>
/// Replaces Markdown content with its HTML, with the headings under <see cref="Keys.Headings"/> and the word count under <see cref="Keys.WordCount"/>.
/// Processors run between parsing and rendering.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, params IMarkdownProcessor[] processors) : DocumentModule
{
    /// <summary>Renders with the engine's default Markdown pipeline and no processors.</summary>
    public RenderMarkdown() : this(MarkdownPipelines.CreateBuilder().Build()) { }

    /// <inheritdoc/>
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        // With a cache, an unchanged body whose processors read unchanged data is not parsed or rendered again.
        var cache = context.Find<RenderCache>();
        var key = cache is null ? null : CacheKey(document, context);
        var rendered = key is null
            ? Render(document, context)
            : cache!.GetOrCompute(this, document, key.Value, context, () => Render(document, context));
        return document.WithMany(rendered.Metadata) with { Content = rendered.Html };
    }

    private sealed record Rendered(ImmutableArray<KeyValuePair<string, object?>> Metadata, string Html);

    private Fingerprint? CacheKey(Document document, IExecutionContext context)
    {
        using var key = new FingerprintBuilder();
        key.Add(document.Source).Add(document.Content);
        foreach (var processor in processors)
        {
            var part = processor.CacheKey(document, context);
            if (part is null) return null;
            key.Add(part);
        }
        return key.Finish();
    }

    private Rendered Render(Document document, IExecutionContext context)
    {
        var firstLine = Math.Max(1, document.Get<int>(Keys.ContentLine));
        if (MarkdownDepth.Find(document.Content) is var (line, column))
            throw EngineErrors.MarkdownTooDeep.Exception(document.Source, firstLine + line - 1, column, MarkdownDepth.Max);
        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(document.Content, pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own limit, for nesting the pre-scan does not count (emphasis, links inside links).
            throw EngineErrors.MarkdownTooDeep.Exception(document.Source, 0, 0, MarkdownDepth.Max);
        }
        var metadata = new List<KeyValuePair<string, object?>>();
        foreach (var processor in processors)
            metadata.AddRange(processor.Process(markdown, document, context));

        // Markdig keeps set-up renderers per pipeline: no renderer is built and configured for every page.
        var html = markdown.ToHtml(pipeline);

        metadata.Add(new(Keys.Headings, Headings(markdown)));
        metadata.Add(new(Keys.WordCount, CountWords(document.Content)));
        return new Rendered([.. metadata], html);
    }

    private static ImmutableArray<Heading> Headings(MarkdownDocument markdown) =>
        [.. markdown.Descendants<HeadingBlock>().Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", PlainText(h.Inline)))];

    /// <summary>The text of an inline container without markup (heading text for the table of contents).</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Words in <paramref name="text"/>, counted as runs of characters other than white space.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = !char.IsWhiteSpace(c);
            if (isWord && !inWord) count++;
            inWord = isWord;
        }
        return count;
    }
}
