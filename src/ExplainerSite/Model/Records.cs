using System.ComponentModel;
using ExplainerSite.Engine.Yaml;

namespace ExplainerSite.Model;

public enum StakeholderKind { Person, Company, Government, Analyst }

[DisplayName("question")]
public sealed record Question : YamlRecord
{
    public string Id { get; init; } = null!;
    public string Text { get; init; } = null!;
    public string Short { get; init; } = null!;
}

[DisplayName("stakeholder")]
public sealed record Stakeholder : YamlRecord
{
    public string Id { get; init; } = null!;
    public string Name { get; init; } = null!;
    public StakeholderKind Kind { get; init; }
    public Fact Role { get; init; } = null!;
    public Fact Summary { get; init; } = null!;
    public IReadOnlyList<Position> Positions { get; init; } = [];
}

[DisplayName("position")]
public sealed record Position : YamlRecord
{
    public Ref Question { get; init; } = null!;
    public string Stance { get; init; } = null!;
    public string? Quote { get; init; }
    public IReadOnlyList<Ref> Sources { get; init; } = [];
}

[DisplayName("model")]
public sealed record AiModel : YamlRecord
{
    public string Id { get; init; } = null!;
    public string Name { get; init; } = null!;
    public string Summary { get; init; } = null!;
    public Fact Developer { get; init; } = null!;
    public Fact Released { get; init; } = null!;
    public Fact Parameters { get; init; } = null!;
    public Fact Architecture { get; init; } = null!;
    public Fact TrainingCompute { get; init; } = null!;
    public Fact TrainingCost { get; init; } = null!;
    public Fact ContextWindow { get; init; } = null!;
    public Fact Licence { get; init; } = null!;
    public Fact ApiPrice { get; init; } = null!;
}

public enum BenchmarkGroup { Knowledge, Reasoning, Code, Math, Chinese, Multimodal, Agentic }

[DisplayName("benchmark table")]
public sealed record BenchmarkTable : YamlRecord
{
    public string Id { get; init; } = null!;
    public string Title { get; init; } = null!;
    public Ref Source { get; init; } = null!;
    public string? Note { get; init; }
    public IReadOnlyList<Ref> Columns { get; init; } = [];
    public IReadOnlyList<string> ColumnLabels { get; init; } = [];
    public IReadOnlyList<BenchmarkRow> Rows { get; init; } = [];
}

[DisplayName("benchmark row")]
public sealed record BenchmarkRow : YamlRecord
{
    public BenchmarkGroup Group { get; init; }
    public string Benchmark { get; init; } = null!;
    public string Metric { get; init; } = null!;
    public IReadOnlyList<double?> Scores { get; init; } = [];
    public string Unit { get; init; } = "";
}

[DisplayName("policy option")]
public sealed record PolicyOption : YamlRecord
{
    public string Id { get; init; } = null!;
    public string Name { get; init; } = null!;
    public string Summary { get; init; } = null!;
    public Fact Mechanism { get; init; } = null!;
    public Fact Proponents { get; init; } = null!;
    public Fact ClaimedBenefits { get; init; } = null!;
    public Fact Risks { get; init; } = null!;
    public Fact Evidence { get; init; } = null!;
    public Fact WhatHappened { get; init; } = null!;
}

public enum TimelineTag { Controls, Models, Markets, Politics, China }

[DisplayName("timeline event")]
public sealed record TimelineEvent : YamlRecord
{
    public string Date { get; init; } = null!;
    public string? DateNote { get; init; }
    public string Title { get; init; } = null!;
    public string Description { get; init; } = null!;
    public IReadOnlyList<TimelineTag> Tags { get; init; } = [];
    public IReadOnlyList<Ref> Sources { get; init; } = [];
}

[DisplayName("glossary term")]
public sealed record GlossaryTerm : YamlRecord
{
    public string Id { get; init; } = null!;
    public string Term { get; init; } = null!;
    public string Definition { get; init; } = null!;
    public IReadOnlyList<Ref> Sources { get; init; } = [];
    public IReadOnlyList<Ref> SeeAlso { get; init; } = [];
}

public enum ComparisonCollection { Models, Policies, Stakeholders }

/// <summary>Whether a comparison's items are its table's columns (the default) or its rows.</summary>
public enum ComparisonItemsAs { Columns, Rows }

[DisplayName("comparison")]
public sealed record ComparisonDefinition : YamlRecord
{
    public string Title { get; init; } = null!;
    public string Description { get; init; } = null!;
    public ComparisonCollection Collection { get; init; }
    public IReadOnlyList<Ref> Items { get; init; } = [];
    public IReadOnlyList<ComparisonRow> Rows { get; init; } = [];
    public string? Intro { get; init; }
    public IReadOnlyList<Ref> Benchmarks { get; init; } = [];
    public IReadOnlyList<Caveat> Caveats { get; init; } = [];
    /// <summary><c>columns</c> (default): one column per item; <c>rows</c>: one row per item, the attributes as columns.</summary>
    public ComparisonItemsAs ItemsAs { get; init; } = ComparisonItemsAs.Columns;
    /// <summary>Tables of <see cref="Benchmarks"/> that are also drawn as a bar chart.</summary>
    public IReadOnlyList<Ref> Charts { get; init; } = [];
}

[DisplayName("comparison row")]
public sealed record ComparisonRow : YamlRecord
{
    public Ref Attribute { get; init; } = null!;
    public string? Label { get; init; }
}

[DisplayName("caveat")]
public sealed record Caveat : YamlRecord
{
    public string Text { get; init; } = null!;
    public IReadOnlyList<Ref> Sources { get; init; } = [];
}
