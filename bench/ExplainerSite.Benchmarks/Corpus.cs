using System.Diagnostics;

namespace ExplainerSite.Benchmarks;

/// <summary>
/// The benchmark corpora: bench/make-corpus output for <see cref="Sizes"/> pages under one folder (the peer
/// benchmark's generated bodies, plus its extra explainers that cite a source).
/// </summary>
public static class Corpus
{
    public const string Variable = "EXPLAINERSITE_MICRO_CORPUS";
    public static readonly int[] Sizes = [2, 100];

    /// <summary>The explainer every single-page benchmark uses: a generated body followed by a citation.</summary>
    public const string CitedExplainer = "explainers/cited-0001.md";

    public static string Repo { get; } = FindRepo();
    public static string Theme => Path.Combine(Repo, "theme");

    public static string Folder => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set: run the benchmarks through Program.Main.");

    public static string Input(int pages) => Path.Combine(Folder, pages.ToString(System.Globalization.CultureInfo.InvariantCulture), "input");

    /// <summary>Writes any missing corpus with bench/make-corpus; returns the folder holding them.</summary>
    public static string Prepare()
    {
        var folder = Environment.GetEnvironmentVariable(Variable) ?? Path.Combine(Path.GetTempPath(), "explainersite-micro-corpus");
        foreach (var n in Sizes)
        {
            var target = Path.Combine(folder, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Directory.Exists(Path.Combine(target, "input"))) continue;
            using var process = Process.Start(new ProcessStartInfo(Path.Combine(Repo, "bench", "make-corpus"), [n.ToString(System.Globalization.CultureInfo.InvariantCulture), target]))
                ?? throw new InvalidOperationException("bench/make-corpus did not start");
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"bench/make-corpus {n} failed with exit code {process.ExitCode}");
        }
        return folder;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ExplainerSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("ExplainerSite.sln not found above " + AppContext.BaseDirectory);
    }
}
