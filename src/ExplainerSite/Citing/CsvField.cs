namespace ExplainerSite.Citing;

/// <summary>
/// A CSV cell of the bibliography download: an RFC 4180 field (quoted when it holds a comma, a quote or a line
/// break; quotes doubled), neutralised as OWASP recommends against formula injection: a value that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, which spreadsheets
/// show as text instead of running it (<c>=HYPERLINK(…)</c> in a title would otherwise be a live formula).
/// </summary>
public static class CsvField
{
    public static string Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) < 0
            ? value
            : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(",", fields.Select(Write)) + "\n";
}
