using System.Text.RegularExpressions;

namespace Pipework.Feeds;

/// <summary>
/// The one way a CSV cell is written: an RFC 4180 field (quoted when it holds a comma, a quote or a line break,
/// quotes doubled), neutralised against formula injection as OWASP recommends. A cell that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return would be run as a formula by a spreadsheet
/// that opens the download (<c>=HYPERLINK(…)</c>), so it is written with a leading <c>'</c>, which spreadsheets
/// show as text. One exception, so data stays data: a cell that is exactly a number (<c>-3.5</c>, <c>+2</c>,
/// <c>-1e3</c>) is written as it is; a spreadsheet reads it as that number, not as a formula.
/// </summary>
public static partial class CsvCell
{
    /// <summary>The cell for <paramref name="value"/> as it goes between the commas of a CSV line.</summary>
    public static string Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (IsFormulaStart(value[0]) && !PlainNumber().IsMatch(value)) value = "'" + value;
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
