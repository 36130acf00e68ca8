using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Engine.IO;

namespace ExplainerSite.Cli;

/// <summary>
/// Prints diagnostics the way compilers do: <c>path:line:col: error CODE: message</c>, the offending line with
/// a caret under the column, and a hint where one helps. Paths are shown relative to the current folder.
/// </summary>
public sealed class DiagnosticPrinter(string inputRoot, string themeRoot, TextWriter writer)
{
    public void Print(Diagnostic d)
    {
        var full = FullPath(d.File);
        var shown = d.File is null ? null : Path.GetRelativePath(Directory.GetCurrentDirectory(), full!).Replace('\\', '/');
        writer.WriteLine((d with { File = shown }).ToString());
        if (d.Line > 0 && full is not null && SourceLine(full, d.Line) is { } line)
        {
            writer.WriteLine($"  {d.Line,4} | {line}");
            if (d.Column > 0)
                writer.WriteLine($"       | {new string(' ', Math.Min(d.Column - 1, line.Length))}^");
        }
        if (d.Hint is not null) writer.WriteLine($"  hint: {d.Hint}");
    }

    private string? FullPath(string? file)
    {
        if (file is null) return null;
        var clean = file.Split('#')[0];
        return clean.StartsWith("theme/", StringComparison.Ordinal)
            ? Path.Combine(themeRoot, clean["theme/".Length..])
            : Path.Combine(inputRoot, clean);
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
