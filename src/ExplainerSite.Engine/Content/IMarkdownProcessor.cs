using Pipework.Documents;
using Pipework.Pipelines;
using Markdig.Syntax;

namespace Pipework.Content;

/// <summary>
/// Runs on a parsed Markdown document before it is rendered: it may change the syntax tree (e.g. number
/// citations), return metadata for the document, and throw a <see cref="Diagnostics.ContentException"/> with
/// every problem it found. Positions in the tree are relative to the body; add <see cref="Keys.ContentLine"/>.
/// </summary>
public interface IMarkdownProcessor
{
    /// <summary>
    /// Reads or changes the parsed Markdown of <paramref name="document"/>; returns metadata to add to it.
    /// </summary>
    IEnumerable<KeyValuePair<string, object?>> Process(MarkdownDocument markdown, Document document, IExecutionContext context);

    /// <summary>
    /// What <see cref="Process"/> reads besides the Markdown itself (document metadata, data of the build), as
    /// text that changes whenever that does; null (the default) when unknown, which keeps
    /// <see cref="RenderMarkdown"/> from reusing an earlier render of the document.
    /// </summary>
    string? CacheKey(Document document, IExecutionContext context) => null;
}
