using Pipework.Diagnostics;

namespace ExplainerSite.Terms;

/// <summary>Error texts of term collections (<c>terms:</c> in collections.yml) and their wordings (ES2700–ES2729).</summary>
public static class TermErrors
{
    public static readonly DiagnosticDescriptor WrongFieldType = new(
        "ES2700", "the {0} field of a term collection must be {1}, and '{2}' is {3}",
        "terms: {{ term: FIELD, matches: FIELD, definition: FIELD }} names fields of the collection: term is text, "
        + "matches a list of text, definition text or markdown.");
    public static readonly DiagnosticDescriptor NoListUrl = new(
        "ES2701", "term collection '{0}' has no list address to link its entries to",
        "Add 'list: {{ url: /glossary/ }}' with the address of the page that lists the terms (front matter 'list: {0}').");
    public static readonly DiagnosticDescriptor UnmatchableWording = new(
        "ES2702", "'{0}' cannot be found in text: {1}",
        "A wording is a word or phrase as it is written in the explainers, e.g. 'export controls' or 'H800s'.");
    public static readonly DiagnosticDescriptor DuplicateWording = new(
        "ES2703", "'{0}' already links to {1} '{2}' (line {3})",
        "A wording can link to one term only; remove it here or there.");
}
