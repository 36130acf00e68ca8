namespace Pipework.Analyzers;

/// <summary>One link or asset reference of a page: the element, the attribute's raw value, and what it is.</summary>
public sealed record LinkReference(string Element, string Value, LinkKind Kind, bool MissingAlt);

/// <summary>What a reference points at.</summary>
public enum LinkKind
{
    /// <summary>An <c>&lt;a href&gt;</c> to a page.</summary>
    Page,
    /// <summary>An image (<c>src</c>, <c>srcset</c>).</summary>
    Image,
    /// <summary>A stylesheet link.</summary>
    Stylesheet,
    /// <summary>A script.</summary>
    Script,
    /// <summary>Any other file.</summary>
    File,
}
