using Pipework.Diagnostics;

namespace ExplainerSite.Validation;

/// <summary>Error texts for a comparison's <c>summary:</c> lines ("At a glance"). Codes are stable; tests assert
/// text and position.</summary>
public static class SummaryErrors
{
    public static readonly DiagnosticDescriptor LeadsWithoutTable = new(
        "ES2600", "a 'leads' summary line needs 'table:', one of the score tables this comparison shows",
        "Add 'table: ID' with an id listed under the comparison's {0}: ({1}).");
    public static readonly DiagnosticDescriptor TableNotShown = new(
        "ES2601", "summary table '{0}' is not one this comparison shows", "List it under '{1}:' too, or count over one of: {2}.");
    public static readonly DiagnosticDescriptor LeadsColumnCount = new(
        "ES2602", "a 'leads' summary line compares exactly two columns of its table; this one names {0}",
        "Write 'columns: [A, B]' with two of the table's columns: {1}.");
    public static readonly DiagnosticDescriptor ColumnNotInTable = new(
        "ES2603", "'{0}' is not a column of table '{1}'{2}", "Its columns: {3}.");
    public static readonly DiagnosticDescriptor NotApplicable = new(
        "ES2604", "'{0}' does not apply to a '{1}' summary line", "{2}");
    public static readonly DiagnosticDescriptor NoteWithoutText = new(
        "ES2605", "a 'note' summary line needs 'text:'", "A note is sourced text: write 'text:' and 'sources:'.");
    public static readonly DiagnosticDescriptor NoteWithoutSources = new(
        "ES2606", "a 'note' summary line must cite at least one source", "Add 'sources: [ID]' for what the note says.");
    public static readonly DiagnosticDescriptor UnknownPlaceholder = new(
        "ES2607", "unknown placeholder '{{{0}}}' in a '{1}' summary line{2}", "Placeholders of a '{1}' line: {3}.");
    public static readonly DiagnosticDescriptor SameColumnTwice = new(
        "ES2608", "a 'leads' summary line compares a column with itself ('{0}')", "Name two different columns of the table.");
}
