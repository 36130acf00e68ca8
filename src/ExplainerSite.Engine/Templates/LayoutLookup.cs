namespace Pipework.Templates;

/// <summary>
/// Which layout renders a document (docs/theme.md): the layout it names (<see cref="Documents.Keys.Layout"/>),
/// which must exist; else the first of its fallbacks (<see cref="Documents.Keys.LayoutFallbacks"/>, e.g. its kind)
/// that the theme has; else <see cref="Default"/>. Layouts are named, never given as paths.
/// </summary>
public static class LayoutLookup
{
    /// <summary>The layout any page falls back to when the theme has none of the layouts its kind looks for.</summary>
    public const string Default = "default";

    /// <summary>True for a layout name: not empty, no '/', '\', '..', and not a file name with '.liquid'.</summary>
    public static bool IsName(string name) =>
        name.Trim().Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && !name.Contains("..", StringComparison.Ordinal)
        && !name.EndsWith(".liquid", StringComparison.OrdinalIgnoreCase);

    /// <summary>The names tried in order for <paramref name="fallbacks"/>: each once, then <see cref="Default"/>.</summary>
    public static IReadOnlyList<string> Candidates(IEnumerable<string> fallbacks) =>
        [.. fallbacks.Append(Default).Distinct(StringComparer.Ordinal)];

    /// <summary>The first of <paramref name="candidates"/> the theme has, or null.</summary>
    public static string? FirstExisting(ThemeTemplates templates, IEnumerable<string> candidates) =>
        candidates.FirstOrDefault(templates.HasLayout);
}
