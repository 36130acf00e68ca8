namespace ExplainerSite.Terms;

/// <summary>
/// One term as the explainers link it: where its entry is, and the definition its preview shows (already HTML).
/// </summary>
public sealed record TermEntry(string Collection, string Id, string Term, string DefinitionHtml, string Url)
{
    /// <summary>The id of the term's preview on a page (<c>term-glossary-h800</c>): collection and id, so two term
    /// collections cannot clash.</summary>
    public string PreviewId => $"term-{Collection}-{Id}";
}

/// <summary>
/// A text that links to <see cref="Entry"/>: matched as written when it has a capital letter after its first
/// character or a digit (BIS, Entity List, H800, Tier 1: names and codes), else whatever the case (export controls,
/// Export Controls, at the start of a sentence too).
/// </summary>
public sealed record Wording(string Text, TermEntry Entry)
{
    public bool CaseSensitive { get; } = Text.Skip(1).Any(char.IsUpper) || Text.Any(char.IsDigit);

    /// <summary>A wording as it is matched: trimmed, every run of white space one space.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Why <paramref name="text"/> could never be found in running text, or null when it can be.</summary>
    public static string? Problem(string text) => text switch
    {
        _ when text.Contains('\n') || text.Contains('\r') => "a wording is one line",
        _ when !text.Any(char.IsLetterOrDigit) => "a wording needs a letter or digit",
        { Length: > MaxLength } => $"a wording is at most {MaxLength} characters",
        _ => null,
    };

    public const int MaxLength = 100;
}
