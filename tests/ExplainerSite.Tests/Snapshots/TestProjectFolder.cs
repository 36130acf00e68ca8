namespace ExplainerSite.Tests.Snapshots;

/// <summary>Finds the test project's source folder (the one holding ExplainerSite.Tests.csproj).</summary>
internal static class TestProjectFolder
{
    public const string ProjectFile = "ExplainerSite.Tests.csproj";

    /// <summary>
    /// Walks up from the calling source file (exact when the build keeps real paths), then from the test
    /// assembly's folder (bin/Debug/net10.0 sits inside the project folder).
    /// </summary>
    public static string Find(string? callerFilePath)
    {
        foreach (var start in new[] { Path.GetDirectoryName(callerFilePath ?? ""), AppContext.BaseDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, ProjectFile))) return dir.FullName;
        }
        throw new InvalidOperationException(
            $"Cannot find the folder holding {ProjectFile} above '{callerFilePath}' or '{AppContext.BaseDirectory}'.");
    }
}
