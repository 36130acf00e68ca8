using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite.Tests.TestSupport;

/// <summary>Adds fixed documents to a pipeline (an Input module for tests).</summary>
public sealed class AddDocuments(params Document[] documents) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.AddRange(documents));
}

/// <summary>A module made of a lambda, for tests that need to observe or control what a phase does.</summary>
public sealed class RunModule(Func<ImmutableArray<Document>, IExecutionContext, Task<ImmutableArray<Document>>> run) : IModule
{
    public RunModule(Func<ImmutableArray<Document>, IExecutionContext, ImmutableArray<Document>> run)
        : this((docs, context) => Task.FromResult(run(docs, context))) { }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) => run(inputs, context);
}

/// <summary>Maps each document on its own through the engine's <see cref="DocumentModule"/> (so failures are per document).</summary>
public sealed class MapDocuments(Func<Document, Document?> map) : DocumentModule
{
    protected override Document? Execute(Document document, IExecutionContext context) => map(document);
}

/// <summary>A module that always fails with the given exception.</summary>
public sealed class FailModule(Func<Exception> exception) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) => throw exception();
}
