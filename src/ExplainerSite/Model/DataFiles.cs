namespace ExplainerSite.Model;

/// <summary>
/// Which record each data file binds to. Files not listed here are still data: they reach templates as plain
/// values under <c>site.data</c>, unvalidated.
/// </summary>
public static class DataFiles
{
    public const string Site = "site.yml";
    public const string Sources = "sources.yml";
    public const string Questions = "questions.yml";
    public const string Stakeholders = "stakeholders.yml";
    public const string Models = "models.yml";
    public const string Benchmarks = "benchmarks.yml";
    public const string Policies = "policies.yml";
    public const string Timeline = "timeline.yml";
    public const string Glossary = "glossary.yml";
    public const string ComparisonsFolder = "comparisons/";

    public static Type? RecordType(string path) => path switch
    {
        Site => typeof(SiteSettings),
        Sources => typeof(List<Source>),
        Questions => typeof(List<Question>),
        Stakeholders => typeof(List<Stakeholder>),
        Models => typeof(List<AiModel>),
        Benchmarks => typeof(List<BenchmarkTable>),
        Policies => typeof(List<PolicyOption>),
        Timeline => typeof(List<TimelineEvent>),
        Glossary => typeof(List<GlossaryTerm>),
        _ when path.StartsWith(ComparisonsFolder, StringComparison.Ordinal) && path.IndexOf('/', ComparisonsFolder.Length) < 0
            => typeof(ComparisonDefinition),
        _ => null,
    };
}
