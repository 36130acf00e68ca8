namespace Pipework.Diagnostics;

/// <summary>How bad a problem is: warnings do not fail a build (unless <c>--strict</c>), errors do.</summary>
public enum Severity
{
    /// <summary>Reported; the build still succeeds.</summary>
    Warning,
    /// <summary>The build fails and writes nothing.</summary>
    Error,
}

/// <summary>
/// A problem with the input, positioned where known. Line and column are 1-based; 0 means unknown.
/// Rendered as <c>path:line:col: error CODE: message</c>, the way compilers do.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string Message,
    string? File = null,
    int Line = 0,
    int Column = 0,
    string? Hint = null)
{
    /// <summary><c>file:line:col</c>, <c>file</c>, or empty when the problem has no file.</summary>
    public string Location => File is null ? "" : Line > 0 ? $"{File}:{Line}:{Column}" : File;

    /// <summary><c>path:line:col: error CODE: message</c>, and the hint on the next line.</summary>
    public override string ToString()
    {
        var where = Location.Length > 0 ? Location + ": " : "";
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{where}{severity} {Code}: {Message}";
    }

    /// <summary>Orders diagnostics by file, position, code and message, so reports are deterministic.</summary>
    public static int Compare(Diagnostic? a, Diagnostic? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var c = string.CompareOrdinal(a.File ?? "", b.File ?? "");
        if (c == 0) c = a.Line.CompareTo(b.Line);
        if (c == 0) c = a.Column.CompareTo(b.Column);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    }
}
