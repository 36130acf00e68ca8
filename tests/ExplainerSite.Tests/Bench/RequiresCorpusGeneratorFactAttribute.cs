using ExplainerSite.Publishing;

namespace ExplainerSite.Tests.Bench;

/// <summary>
/// A test that runs the peer benchmark's generator (../shared/bench/gen_corpus.py beside the repository, or
/// $EXPLAINERSITE_GEN_CORPUS) with python3; skipped, with the reason, where either is missing.
/// </summary>
public sealed class RequiresCorpusGeneratorFactAttribute : FactAttribute
{
    public static string Generator =>
        Environment.GetEnvironmentVariable("EXPLAINERSITE_GEN_CORPUS")
        ?? Path.GetFullPath(Path.Combine(TestSupport.RepoPaths.Root, "..", "shared", "bench", "gen_corpus.py"));

    public RequiresCorpusGeneratorFactAttribute()
    {
        if (ProcessRunner.FindOnPath("python3") is null)
            Skip = "python3 is not on PATH; bench/make-corpus cannot run here.";
        else if (!File.Exists(Generator))
            Skip = $"The peer benchmark's generator is not at {Generator}; set EXPLAINERSITE_GEN_CORPUS to run this test.";
    }
}
