using Pipework.Diagnostics;

namespace ExplainerSite.Rendering.Charts;

/// <summary>Errors of the costs, chip-line and stances chart kinds (ES2530–ES2559): values of the records they draw
/// that the declared types allow but the picture cannot show honestly. Codes are stable; tests assert text and
/// position.</summary>
public static class ChartKindErrors
{
    public static readonly DiagnosticDescriptor NotPositive = new(
        "ES2530", "{0} {1} of {2} '{3}' cannot be drawn on a logarithmic scale",
        "A cost is drawn on a scale of powers of ten: write an amount above 0, in dollars (5576000, not 5.576).");
    public static readonly DiagnosticDescriptor NoAmount = new(
        "ES2531", "{0} '{1}' has neither '{2}' nor '{3}'",
        "Give the figure as one amount, or, for a rough figure with no exact number, the range it stands for.");
    public static readonly DiagnosticDescriptor AmountAndRange = new(
        "ES2532", "{0} '{1}' has both '{2}' and '{3}'", "A figure is drawn as one point or as one band: keep one.");
    public static readonly DiagnosticDescriptor RangeReversed = new(
        "ES2533", "the range of {0} '{1}' runs from {2} down to {3}", "Write the lower end as 'low' and the higher as 'high'.");
    public static readonly DiagnosticDescriptor NotInList = new(
        "ES2534", "'{0}' is not a field of the items of '{1}'",
        "'{2}' of a '{3}' chart names a field of each item of the list '{1}', written '{1}.FIELD'.");
    public static readonly DiagnosticDescriptor TooWide = new(
        "ES2535", "the amounts of chart '{0}' span {1} powers of ten; a '{2}' chart draws at most {3}",
        "Check the amounts for a unit slip (dollars, not millions), or draw the outlier in a chart of its own.");
}
