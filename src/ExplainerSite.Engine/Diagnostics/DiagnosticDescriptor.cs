using System.Globalization;

namespace Pipework.Diagnostics;

/// <summary>
/// One kind of problem: a stable code, a constant message format and an optional hint. Descriptors are the
/// error texts tests assert; creating a diagnostic only fills in the arguments and the position.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, string MessageFormat, string? Hint = null, Severity Severity = Severity.Error)
{
    /// <summary>This problem at a position (line and column 1-based; 0 when unknown).</summary>
    public Diagnostic At(string? file, int line, int column, params object?[] args) =>
        new(Severity, Code, Format(args), file, line, column, Hint is null ? null : FormatText(Hint, args));

    /// <summary>This problem in a file, without a position.</summary>
    public Diagnostic AtFile(string? file, params object?[] args) => At(file, 0, 0, args);

    /// <summary>This problem at a position, as an exception to throw.</summary>
    public ContentException Exception(string? file, int line, int column, params object?[] args) =>
        new(At(file, line, column, args));

    /// <summary>The message with its arguments filled in.</summary>
    public string Format(params object?[] args) => FormatText(MessageFormat, args);

    private static string FormatText(string format, object?[] args) =>
        args.Length == 0 || !format.Contains('{') ? format : string.Format(CultureInfo.InvariantCulture, format, args);
}
