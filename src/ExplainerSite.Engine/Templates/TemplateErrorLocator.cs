using System.Globalization;
using System.Text.RegularExpressions;
using Pipework.Diagnostics;
using Pipework.IO;
using Fluid;

namespace Pipework.Templates;

/// <summary>
/// Gives a render-time template error the position Fluid does not: a partial that fails to parse is reported at
/// its own line and column, and an undefined variable or missing partial at the first tag of the layout (or
/// else of a partial) that names it. Such an error is the same for every page, so it is then reported once.
/// Errors that cannot be placed stay on the page being rendered.
/// </summary>
internal static partial class TemplateErrorLocator
{
    public const string MissingPartial = "partial '{0}' does not exist (theme/partials/{0}.liquid)";

    public static Diagnostic Locate(Exception ex, string layoutFile, string layoutPath, string partialsFolder, string documentSource)
    {
        var message = ex.Message;
        if (ex is ParseException && PartialParseFailure().Match(message) is { Success: true } parse)
        {
            var detail = parse.Groups[2].Value.Split('\n')[0].Trim();
            var at = Position().Match(detail);
            var name = parse.Groups[1].Value;
            var file = "theme/partials/" + (name.EndsWith(".liquid", StringComparison.Ordinal) ? name : name + ".liquid");
            return EngineErrors.TemplateSyntax.At(file,
                at.Success ? int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                at.Success ? int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture) : 0,
                at.Success ? detail.Remove(at.Index, at.Length) : detail);
        }
        if (ex is TemplateNameException named)
        {
            foreach (var (file, path) in Candidates(layoutFile, layoutPath, partialsFolder))
                if (Find(path, named.Name) is var (line, column) && line > 0)
                    return EngineErrors.NotAPartialName.At(file, line, column, named.Name);
            return EngineErrors.NotAPartialName.AtFile(documentSource, named.Name);
        }
        var token = ex switch
        {
            FluidException when UndefinedName().Match(message) is { Success: true } m => m.Groups[1].Value,
            FileNotFoundException f => Path.GetFileNameWithoutExtension(f.FileName ?? message),
            _ => null,
        };
        if (ex is FileNotFoundException && token is { Length: > 0 })
            message = string.Format(CultureInfo.InvariantCulture, MissingPartial, token);
        if (token is { Length: > 0 })
        {
            foreach (var (file, path) in Candidates(layoutFile, layoutPath, partialsFolder))
                if (Find(path, token) is var (line, column) && line > 0)
                    return EngineErrors.TemplateRender.At(file, line, column, file, message.Split('\n')[0]);
        }
        return EngineErrors.TemplateRender.AtFile(documentSource, layoutFile, message.Split('\n')[0]);
    }

    /// <summary>The layout, then every partial: where a name used in a tag is looked for.</summary>
    private static List<(string File, string Path)> Candidates(string layoutFile, string layoutPath, string partialsFolder)
    {
        var candidates = new List<(string File, string Path)> { (layoutFile, layoutPath) };
        var theme = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(partialsFolder));
        var partials = ReadFiles.Find(partialsFolder, ["**/*.liquid"], null, theme);
        candidates.AddRange(partials.Select(p => ("theme/partials/" + p, Path.Combine(partialsFolder, p))));
        return candidates;
    }

    /// <summary>1-based position of the first Liquid tag in the file that uses <paramref name="name"/> as a word.</summary>
    private static (int Line, int Column) Find(string path, string name)
    {
        string text;
        try { text = TextFile.NormalizeNewlines(File.ReadAllText(path)); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return (0, 0); }
        var word = new Regex("(?<![\\w-])" + Regex.Escape(name) + "(?![\\w-])", RegexOptions.CultureInvariant);
        foreach (Match tag in Tag().Matches(text))
        {
            var hit = word.Match(tag.Value);
            if (!hit.Success) continue;
            var index = tag.Index + hit.Index;
            var line = 1 + text.AsSpan(0, index).Count('\n');
            var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
            return (line, column);
        }
        return (0, 0);
    }

    [GeneratedRegex(@"^Failed to parse template '([^']+)'\.?\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex PartialParseFailure();

    [GeneratedRegex(@"\s*(?:at\s+)?\((\d+):(\d+)\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"^undefined variable '([^']+)'")]
    private static partial Regex UndefinedName();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
