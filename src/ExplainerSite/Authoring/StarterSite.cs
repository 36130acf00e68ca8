namespace ExplainerSite.Authoring;

/// <summary>
/// The starter site of <c>new site DIR</c>: <c>Authoring/Starter/</c> (its own input/ and theme/, one collection
/// with record pages, a list page, a bibliography and a page citing it), embedded in the program so the installed
/// tool carries it. A test builds it with <c>check --strict</c>.
/// </summary>
public static class StarterSite
{
    private const string Prefix = "starter/";

    public static IReadOnlyDictionary<string, string> Files { get; } = Load();

    private static SortedDictionary<string, string> Load()
    {
        var assembly = typeof(StarterSite).Assembly;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files[name[Prefix.Length..].Replace('\\', '/')] = reader.ReadToEnd();
        }
        return files;
    }
}
