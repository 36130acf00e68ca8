using Pipework.Diagnostics;

namespace ExplainerSite.Model;

/// <summary>Error texts for <c>input/collections.yml</c>, the declarations of the site's content types.</summary>
public static class DeclarationErrors
{
    public static readonly DiagnosticDescriptor UnknownFieldType = new(
        "ES2050", "unknown field type '{0}'{1}",
        "Field types: text, markdown, number, integer, boolean, date, url, enum, ref, list, object, sourced, sources, source, collection, attribute, field.");
    /// <summary>A value of type 'field' naming no field of its collection (used first by charts' mappings).</summary>
    public static readonly DiagnosticDescriptor UnknownField = new(
        "ES2500", "unknown field '{0}' of {1}{2}", "Fields of {1}: {3}.");
    public static readonly DiagnosticDescriptor UnknownCollection = new(
        "ES2051", "unknown collection '{0}'{1}", "Collections are the keys of input/collections.yml: {2}.");
    public static readonly DiagnosticDescriptor UndeclaredField = new(
        "ES2052", "'{0}' is not a field of {1}{2}", "Fields of {1}: {3}.");
    public static readonly DiagnosticDescriptor FileOrFolder = new(
        "ES2053", "collection '{0}' needs either 'file:' (one YAML list) or 'folder:' (one YAML file per record)");
    public static readonly DiagnosticDescriptor TwoCollectionsOneFile = new(
        "ES2054", "'{0}' is already the data of collection '{1}'");
    public static readonly DiagnosticDescriptor OneBibliography = new(
        "ES2055", "only one collection can be the bibliography; '{0}' already is");
    public static readonly DiagnosticDescriptor BadPattern = new(
        "ES2056", "'{0}' is not a valid regular expression: {1}");
    public static readonly DiagnosticDescriptor DownloadName = new(
        "ES2415", "collection '{0}' cannot name a download file",
        "A list's downloads are published as /data/NAME.csv: give the collection a name of letters, digits, '-' and '_'.");
}
