using Pipework.Diagnostics;

namespace ExplainerSite.Rendering.Charts;

/// <summary>The chart mechanism's error texts (ES2500–ES2529). Codes are stable; tests assert text and position.</summary>
public static class ChartErrors
{
    // ES2500, an unknown field named by a 'field' value, is DeclarationErrors.UnknownField: any collection may use it.
    public static readonly DiagnosticDescriptor KindWithoutRenderer = new(
        "ES2501", "chart kind '{0}' is not built in{1}", "Built-in chart kinds: {2}.");
    public static readonly DiagnosticDescriptor UnusedMapping = new(
        "ES2502", "chart kind '{0}' does not use '{1}'", "A '{0}' chart reads: {2}.");
    public static readonly DiagnosticDescriptor MissingMapping = new(
        "ES2503", "chart '{0}' (kind '{1}') needs '{2}': {3}");
    public static readonly DiagnosticDescriptor WrongCollection = new(
        "ES2504", "chart kind '{0}' draws {1}; collection '{2}' is not one");
    public static readonly DiagnosticDescriptor WrongFieldType = new(
        "ES2505", "'{0}' of {1} is {2}; '{3}' of a '{4}' chart needs {5}");
    public static readonly DiagnosticDescriptor UnknownChart = new(
        "ES2506", "unknown chart '{0}'{1}", "Charts are the ids of {2}: {3}.");
    public static readonly DiagnosticDescriptor EmptyChartBlock = new(
        "ES2507", "a chart block needs the id of a chart on its first line", "Write ```chart, the chart's id, then ```.");
    public static readonly DiagnosticDescriptor ChartTwice = new(
        "ES2508", "chart '{0}' is already on this page (line {1})", "A chart can appear once per page: its ids must be unique.");
    public static readonly DiagnosticDescriptor NotAColumn = new(
        "ES2509", "'{0}' is not a column of {1} '{2}'{3}", "Its columns: {4}.");
    public static readonly DiagnosticDescriptor MissingChartField = new(
        "ES2510", "collection '{0}' (role: charts) must declare '{1}'", "Every chart has: {2}.");
    public static readonly DiagnosticDescriptor MappingNotDeclared = new(
        "ES2511", "chart kind '{0}' reads '{1}', which collection '{2}' does not declare",
        "Declare it among the fields of '{2}', e.g. '{1}: {3}'.");
    public static readonly DiagnosticDescriptor NoChartsCollection = new(
        "ES2512", "unknown chart '{0}': the site declares no collection with role 'charts'",
        "Declare one in input/collections.yml (docs/content-model.md, \"Charts\").");
    public static readonly DiagnosticDescriptor ZoomNotAMonth = new(
        "ES2513", "zoom '{0}' is not a month", "Write the month to draw on a wider scale as YYYY-MM, e.g. '2025-01'.");
    public static readonly DiagnosticDescriptor NothingToDraw = new(
        "ES2514", "chart '{0}' has nothing to draw: {1}");
}
