using Pipework.Diagnostics;

namespace ExplainerSite.Freshness;

/// <summary>Error texts of coverage, the last check and explainers' update histories (ES2410–ES2449).</summary>
public static class FreshnessErrors
{
    public static readonly DiagnosticDescriptor CoverageFieldNotADate = new(
        "ES2410", "coverage field '{0}' of collection '{1}' is not a date field",
        "Name a field declared 'date' in input/collections.yml, e.g. 'field: date'.");
    public static readonly DiagnosticDescriptor CheckedNotADate = new(
        "ES2411", "checked '{0}' is not a date; write YYYY-MM-DD",
        "The day the pages were last checked against their sources, e.g. 'checked: 2026-12-01'.");
    public static readonly DiagnosticDescriptor UpdatedDisagrees = new(
        "ES2412", "updated is {0}, but the newest entry of updates is dated {1}",
        "Leave 'updated' out (it is taken from the newest entry of 'updates'), or make the two agree.");
    public static readonly DiagnosticDescriptor UpdateBeforePublished = new(
        "ES2413", "this update is dated {0}, before the page was published ({1})",
        "An update records a change made after publication; fix the date, or the 'published' date.");
    public static readonly DiagnosticDescriptor EmptyChange = new(
        "ES2414", "this update says nothing in 'change'",
        "Say in a sentence what changed, e.g. change: \"Corrected the date of the H20 rule.\"");
}
