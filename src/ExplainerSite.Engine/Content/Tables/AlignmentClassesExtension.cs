using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Pipework.Content.Tables;

/// <summary>
/// Renders a Markdown table's column alignment (<c>|--:|</c>) as a class on each cell (<c>align-right</c>,
/// <c>align-center</c>, <c>align-left</c>) instead of Markdig's inline <c>style="text-align: …"</c>, which a
/// Content-Security-Policy of <c>style-src 'self'</c> blocks. The theme's stylesheet gives the classes their
/// alignment (and, for numbers, tabular figures).
/// </summary>
public sealed class AlignmentClassesExtension : IMarkdownExtension
{
    /// <summary>The class of a cell in a <c>|:--|</c> column.</summary>
    public const string Left = "align-left";
    /// <summary>The class of a cell in a <c>|:-:|</c> column.</summary>
    public const string Center = "align-center";
    /// <summary>The class of a cell in a <c>|--:|</c> column.</summary>
    public const string Right = "align-right";

    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MoveAlignment;
        pipeline.DocumentProcessed += MoveAlignment;
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>Each cell gets its column's alignment as a class; the columns then have none left to write as a style.</summary>
    private static void MoveAlignment(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0) continue;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell) continue;
                    // The same column Markdig's renderer would use for the cell.
                    var index = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    index = Math.Min(index, columns.Count - 1);
                    var name = columns[index].Alignment switch
                    {
                        TableColumnAlign.Left => Left,
                        TableColumnAlign.Center => Center,
                        TableColumnAlign.Right => Right,
                        _ => null,
                    };
                    if (name is not null) cell.GetAttributes().AddClass(name);
                }
            }
            foreach (var column in columns) column.Alignment = null;
        }
    }
}

/// <summary>Adds <see cref="AlignmentClassesExtension"/> to a Markdig pipeline.</summary>
public static class AlignmentClassesPipelineExtensions
{
    /// <summary>Table alignment as classes, not inline styles; idempotent.</summary>
    public static MarkdownPipelineBuilder UseAlignmentClasses(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<AlignmentClassesExtension>();
        return builder;
    }
}
