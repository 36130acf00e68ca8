namespace ExplainerSite.Engine.Analyzers;

/// <summary>One link or asset reference of a page: the element, the attribute's raw value, and what it is.</summary>
public sealed record LinkReference(string Element, string Value, LinkKind Kind, bool MissingAlt);

public enum LinkKind { Page, Image, Stylesheet, Script, File }
