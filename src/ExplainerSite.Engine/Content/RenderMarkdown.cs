using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExplainerSite.Engine.Content;

/// <summary>
/// Renders Markdown content to HTML under <see cref="Keys.Body"/> (the content itself is also replaced), with
/// the headings under <see cref="Keys.Headings"/> and the word count under <see cref="Keys.WordCount"/>.
/// Processors run between parsing and rendering.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, params IMarkdownProcessor[] processors) : DocumentModule
{
    public RenderMarkdown() : this(MarkdownPipelines.CreateBuilder().Build()) { }

    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var markdown = Markdown.Parse(document.Content, pipeline);
        var metadata = new List<KeyValuePair<string, object?>>();
        foreach (var processor in processors)
            metadata.AddRange(processor.Process(markdown, document, context));

        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        var html = writer.ToString();

        metadata.Add(new(Keys.Body, html));
        metadata.Add(new(Keys.Headings, Headings(markdown)));
        metadata.Add(new(Keys.WordCount, CountWords(document.Content)));
        return document.WithMany(metadata) with { Content = html };
    }

    private static ImmutableArray<Heading> Headings(MarkdownDocument markdown) =>
        [.. markdown.Descendants<HeadingBlock>().Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", PlainText(h.Inline)))];

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
