using Markdig.Syntax.Inlines;

namespace ExplainerSite.Terms;

/// <summary>The first use of a glossary term in an explainer: the words as written, and the term they use.</summary>
public sealed class TermInline(string text, TermEntry entry) : LeafInline
{
    public string Text { get; } = text;
    public TermEntry Entry { get; } = entry;
}
