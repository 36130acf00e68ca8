using Pipework.Diagnostics;

namespace ExplainerSite.Validation;

/// <summary>Error texts for comparison definitions (<c>input/comparisons/*.yml</c>). Codes are stable; tests assert text and position.</summary>
public static class ComparisonErrors
{
    public static readonly DiagnosticDescriptor ChartWithoutTable = new(
        "ES2040", "chart of table '{0}', which this comparison does not show", "Chart a score table the comparison lists too (it is drawn under it), a numeric attribute of its items, or name a chart of input/charts.yml.");
    public static readonly DiagnosticDescriptor DuplicateEntry = new(
        "ES2041", "{0} '{1}' is listed twice (first on line {2})");
    public static readonly DiagnosticDescriptor TooFewItems = new(
        "ES2042", "a comparison needs at least two items; this one has {0}");
    public static readonly DiagnosticDescriptor InvalidComparisonId = new(
        "ES2043", "comparison file name '{0}' must be lower-case words joined by hyphens", "The file name is the page's address: /compare/NAME/.");
}
