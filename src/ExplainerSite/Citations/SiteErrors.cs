using Pipework.Diagnostics;

namespace ExplainerSite.Citations;

/// <summary>This site's error texts. Codes are stable; tests assert text and position.</summary>
public static class SiteErrors
{
    public static readonly DiagnosticDescriptor UnknownSource = new(
        "ES2001", "unknown source '{0}'", "Cite an id defined in input/sources.yml{1}.");
    public static readonly DiagnosticDescriptor MissingSources = new(
        "ES2002", "{0} has no sources", "Add 'sources: [S…]' with the ids of the sources that support it.");
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "ES2003", "duplicate id '{0}' (first defined on line {1})");
    public static readonly DiagnosticDescriptor UnknownReference = new(
        "ES2004", "unknown {0} '{1}'", "{2}");
    public static readonly DiagnosticDescriptor InvalidId = new(
        "ES2005", "id '{0}' must be lower-case words joined by hyphens (e.g. 'export-controls')");
    public static readonly DiagnosticDescriptor InvalidDate = new(
        "ES2006", "'{0}' is not a date; write YYYY-MM-DD{1}");
    public static readonly DiagnosticDescriptor DateDoesNotExist = new(
        "ES2006", "'{0}' is written as YYYY-MM-DD but that date does not exist ({1} {2} has {3} days)");
    // ES2007 (an archived source with a url) is retired: a source read via a copy still links to its original.
    public static readonly DiagnosticDescriptor SourceWithoutPublisher = new(
        "ES2008", "source '{0}' needs an author or a publisher");
    public static readonly DiagnosticDescriptor ScoreCount = new(
        "ES2009", "row '{0}' has {1} scores but the table has {2} columns");
    public static readonly DiagnosticDescriptor UnknownAttribute = new(
        "ES2010", "unknown attribute '{0}' for {1}{2}", "Attributes of {1}: {3}.");
    public static readonly DiagnosticDescriptor UnknownDataFile = new(
        "ES2011", "unknown data file '{0}'", "Data files are: {1}.");
    public static readonly DiagnosticDescriptor DescriptionTooLong = new(
        "ES2012", "description is {0} characters; keep it to 200 or fewer", "It is shown in search results and link previews, which cut long text.", Severity.Warning);
    public static readonly DiagnosticDescriptor InsecureLink = new(
        "ES2013", "unsafe link '{0}'", "Links may use https:, http:, mailto: or a path on this site.");
}
