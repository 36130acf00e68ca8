namespace Pipework.Control;

/// <summary>
/// A Hugo-style permalink pattern such as <c>/pages/:slug/</c>: the address a document is published at, made from
/// its slug (the front matter's <c>slug</c>, else the file name; see <see cref="SetDestination"/>). A pattern starts
/// and ends with '/', holds <c>:slug</c> exactly once and otherwise only a-z, 0-9, '-', '_' and '/', with no empty
/// segment (so no '.' or '..' segment either).
/// </summary>
public sealed class Permalink
{
    /// <summary>The placeholder for the file name without extension.</summary>
    public const string Slug = ":slug";

    /// <summary>Why a pattern is not usable (texts for ES2025).</summary>
    public const string NotSlashed = "it must start and end with '/'";
    /// <summary>See <see cref="NotSlashed"/>.</summary>
    public const string NoSlug = "it has no ':slug'";
    /// <summary>See <see cref="NotSlashed"/>.</summary>
    public const string SlugTwice = "it has ':slug' more than once";
    /// <summary>See <see cref="NotSlashed"/>.</summary>
    public const string BadCharacter = "'{0}' is not allowed (only a-z, 0-9, '-', '_' and '/')";
    /// <summary>See <see cref="NotSlashed"/>.</summary>
    public const string EmptySegment = "it has an empty segment ('//')";

    private Permalink(string pattern) => Pattern = pattern;

    /// <summary>The pattern as written, e.g. <c>/pages/:slug/</c>.</summary>
    public string Pattern { get; }

    /// <summary>The permalink for <paramref name="pattern"/>; throws when <see cref="Problem"/> finds one.</summary>
    public static Permalink Parse(string pattern) =>
        Problem(pattern) is { } problem ? throw new ArgumentException($"'{pattern}': {problem}", nameof(pattern)) : new(pattern);

    /// <summary>Why <paramref name="pattern"/> is not a usable permalink (one of the constants above), or null.</summary>
    public static string? Problem(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '/' || pattern[^1] != '/') return NotSlashed;
        var at = pattern.IndexOf(Slug, StringComparison.Ordinal);
        if (at < 0) return NoSlug;
        if (pattern.IndexOf(Slug, at + Slug.Length, StringComparison.Ordinal) >= 0) return SlugTwice;
        foreach (var c in pattern.Remove(at, Slug.Length))
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '/'))
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, BadCharacter, c);
        return pattern.Contains("//", StringComparison.Ordinal) ? EmptySegment : null;
    }

    /// <summary>The output path for <paramref name="slug"/>: <c>/pages/:slug/</c> and <c>foo</c> give <c>pages/foo/index.html</c>.</summary>
    public string DestinationOf(string slug, string extension = ".html") =>
        Pattern[1..].Replace(Slug, slug, StringComparison.Ordinal) + "index" + extension;

    /// <summary>The pattern.</summary>
    public override string ToString() => Pattern;
}
