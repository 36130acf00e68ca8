using Pipework.Diagnostics;
using Pipework.IO;

namespace Pipework.Host.Cli;

/// <summary>
/// Prints diagnostics the way compilers do: <c>path:line:col: error CODE: message</c>, the offending line with
/// a caret under the column, and a hint where one helps. Paths are shown relative to the working folder; with
/// colour on, the severity is red (error) or yellow (warning).
/// </summary>
public sealed class DiagnosticPrinter
{
    private const string Reset = "\u001b[0m";
    private const int MaxShown = 160;
    private readonly string _inputRoot;
    private readonly string _themeRoot;
    private readonly TextWriter _writer;
    private readonly string _workingDirectory;
    private readonly bool _color;

    public DiagnosticPrinter(string inputRoot, string themeRoot, TextWriter writer)
        : this(inputRoot, themeRoot, writer, Directory.GetCurrentDirectory(), color: false) { }

    public DiagnosticPrinter(string inputRoot, string themeRoot, TextWriter writer, string workingDirectory, bool color)
    {
        _inputRoot = inputRoot;
        _themeRoot = themeRoot;
        _writer = writer;
        _workingDirectory = workingDirectory;
        _color = color;
    }

    /// <summary>Where each diagnostic is also written as a GitHub workflow command; null off GitHub Actions.</summary>
    public WorkflowAnnotations? Annotations { get; init; }

    public void Print(Diagnostic d)
    {
        var full = FullPath(d.File);
        Annotations?.Write(d, full);
        var shown = d.File is null ? null : Path.GetRelativePath(_workingDirectory, full!).Replace('\\', '/');
        var text = EscapeControls((d with { File = shown }).ToString());
        if (_color)
        {
            var label = (d.Severity == Severity.Error ? "error " : "warning ") + d.Code;
            var colour = d.Severity == Severity.Error ? "\u001b[1;31m" : "\u001b[1;33m";
            var at = text.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0) text = text[..at] + colour + label + Reset + text[(at + label.Length)..];
        }
        _writer.WriteLine(text);
        if (d.Line > 0 && full is not null && SourceLine(full, d.Line) is { } line)
        {
            var (shownLine, caret) = Excerpt(line, d.Column);
            _writer.WriteLine($"  {d.Line,4} | {shownLine}");
            if (d.Column > 0)
                _writer.WriteLine($"       | {new string(' ', caret)}{Paint("^", "\u001b[1;32m")}");
        }
        if (d.Hint is not null) _writer.WriteLine($"  {Paint("hint:", "\u001b[36m")} {EscapeControls(d.Hint)}");
    }

    /// <summary>
    /// A source line as printed, and where its caret goes: escaped, and cut to <see cref="MaxShown"/> characters
    /// around the column, so a line of 100,000 characters prints as one screen line.
    /// </summary>
    private static (string Line, int Caret) Excerpt(string line, int column)
    {
        var at = Math.Clamp(column - 1, 0, line.Length);
        var start = line.Length <= MaxShown ? 0 : Math.Clamp(at - MaxShown / 2, 0, line.Length - MaxShown);
        var end = Math.Min(line.Length, start + MaxShown);
        var before = (start > 0 ? "…" : "") + EscapeControls(line[start..Math.Max(start, at)]);
        return (before + EscapeControls(line[Math.Max(start, at)..end]) + (end < line.Length ? "…" : ""), before.Length);
    }

    /// <summary>
    /// Content reaches the terminal and CI logs through messages and source lines: control characters (an ANSI or
    /// OSC escape, BEL) and bidi controls in it are shown as <c>\u001B</c>, never sent raw, so a file cannot
    /// recolour, retitle or rewrite the log that reports it. Tabs stay.
    /// </summary>
    public static string EscapeControls(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            escaped.Append(NeedsEscape(c) ? $"\\u{(int)c:X4}" : c);
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (char.IsControl(c) && c is not '\t' and not '\n') || SourcePaths.IsInvisibleFormat(c);

    private string Paint(string text, string colour) => _color ? colour + text + Reset : text;

    private string? FullPath(string? file)
    {
        if (file is null) return null;
        string Under(string name) => name.StartsWith("theme/", StringComparison.Ordinal)
            ? Path.Combine(_themeRoot, name["theme/".Length..])
            : Path.Combine(_inputRoot, name);
        // "stakeholders.yml#id" is a part of a file; a file whose own name holds a '#' is shown whole.
        return File.Exists(Under(file)) ? Under(file) : Under(file.Split('#')[0]);
    }

    private static string? SourceLine(string path, int line)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length > 20_000_000) return null;
            var lines = TextFile.NormalizeNewlines(File.ReadAllText(path)).Split('\n');
            return line <= lines.Length ? lines[line - 1].Replace('\t', ' ') : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
