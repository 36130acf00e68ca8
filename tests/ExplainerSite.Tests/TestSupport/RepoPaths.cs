namespace ExplainerSite.Tests.TestSupport;

/// <summary>Where the real site lives: the folder holding ExplainerSite.sln, found from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ExplainerSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("ExplainerSite.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies a folder tree (used to make editable copies of input/ and theme/).</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
