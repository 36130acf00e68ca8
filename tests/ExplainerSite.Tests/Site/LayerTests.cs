using System.Reflection;
using System.Text.RegularExpressions;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Site;

/// <summary>
/// The three layers (docs/architecture.md): the engine knows no host and no site, the host knows no site, and the
/// site's folders depend on each other in one direction only.
/// </summary>
public sealed partial class LayerTests
{
    [Fact]
    public void EngineReferencesNeitherHostNorSite()
    {
        var references = ReferencedNames(typeof(global::Pipework.Pipelines.EngineSettings).Assembly);
        Assert.DoesNotContain("ExplainerSite.Host", references);
        Assert.DoesNotContain("ExplainerSite", references);
    }

    [Fact]
    public void HostReferencesTheEngineButNotTheSite()
    {
        var references = ReferencedNames(typeof(CliApp).Assembly);
        Assert.Contains("ExplainerSite.Engine", references);
        Assert.DoesNotContain("ExplainerSite", references);
    }

    [Fact]
    public void SiteFoldersDoNotDependOnEachOtherInCircles()
    {
        var graph = FolderGraph(Path.Combine(RepoPaths.Root, "src", "ExplainerSite"));
        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).Select(c => string.Join(", ", c.Order(StringComparer.Ordinal)));
        Assert.Empty(cycles);
    }

    [Fact]
    public void FolderGraphFindsACycle()
    {
        // The check itself: two folders that use each other's types are one cycle.
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "A"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "B"));
        File.WriteAllText(Path.Combine(temp.Path, "A", "One.cs"), "namespace S.A;\npublic static class One { public static int X => B.Two.Y; }\n");
        File.WriteAllText(Path.Combine(temp.Path, "B", "Two.cs"), "namespace S.B;\n// One is only named in a comment here\npublic static class Two { public static int Y => 1; }\n");
        Assert.DoesNotContain(StronglyConnected(FolderGraph(temp.Path)), c => c.Count > 1);
        File.AppendAllText(Path.Combine(temp.Path, "B", "Two.cs"), "public static class Three { public static int Z => A.One.X; }\n");
        Assert.Equal(["A", "B"], StronglyConnected(FolderGraph(temp.Path)).Single(c => c.Count > 1).Order(StringComparer.Ordinal));
    }

    private static HashSet<string> ReferencedNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Folder → folders whose types its code names (comments, strings and using lines left out). Files at the
    /// project's root compose the site and are left out: they may use every folder.
    /// </summary>
    private static Dictionary<string, HashSet<string>> FolderGraph(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => (Folder: Path.GetRelativePath(root, f).Replace('\\', '/'), Path: f))
            .Where(f => f.Folder.Contains('/') && !f.Folder.StartsWith("bin/", StringComparison.Ordinal) && !f.Folder.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (Folder: f.Folder[..f.Folder.IndexOf('/')], Code: Code(File.ReadAllText(f.Path))))
            .ToList();
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
            foreach (Match m in Declaration().Matches(code))
                (owners.TryGetValue(m.Groups[1].Value, out var set) ? set : owners[m.Groups[1].Value] = []).Add(folder);
        var graph = files.Select(f => f.Folder).Distinct().ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (folder, code) in files)
        {
            var words = Word().Matches(code).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var (type, folders) in owners)
                if (words.Contains(type))
                    graph[folder].UnionWith(folders.Where(f => f != folder));
        }
        return graph;
    }

    private static string Code(string text)
    {
        var lines = text.Split('\n').Where(l => !l.TrimStart().StartsWith("using ", StringComparison.Ordinal));
        var noStrings = StringLiteral().Replace(string.Join('\n', lines), "\"\"");
        return string.Join('\n', noStrings.Split('\n').Select(l => l.Contains("//", StringComparison.Ordinal) ? l[..l.IndexOf("//", StringComparison.Ordinal)] : l));
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string top;
            do { top = stack.Pop(); component.Add(top); } while (top != v);
            result.Add(component);
        }
        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(v)) Visit(v);
        return result;
    }

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w+)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w+\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"""(?:\\.|[^""\\\n])*""")]
    private static partial Regex StringLiteral();
}
