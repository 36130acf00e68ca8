using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;

namespace Pipework.Pipelines;

/// <summary>What a module can see while it runs.</summary>
public interface IExecutionContext
{
    /// <summary>Where the build reads and writes.</summary>
    EngineSettings Settings { get; }

    /// <summary>The pipeline and phase this module runs in.</summary>
    string PipelineName { get; }
    /// <summary>The phase this module runs in.</summary>
    Phase Phase { get; }

    /// <summary>Where Output-phase modules write; a staging folder that replaces the output folder on success.</summary>
    string OutputRoot { get; }

    /// <summary>Where modules report problems.</summary>
    DiagnosticBag Diagnostics { get; }

    /// <summary>With incremental output, what the output folder already holds (Output modules skip what is current); else null.</summary>
    IO.OutputLedger? Ledger => null;

    /// <summary>
    /// The documents of another pipeline: its Process output during Process (declared dependencies only) and
    /// PostProcess; its PostProcess output during Output.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipeline);

    /// <summary>All documents of every pipeline, in pipeline-name order (PostProcess and Output only).</summary>
    ImmutableArray<Document> AllOutputs();

    /// <summary>A value computed once per build and shared by every module (e.g. the site model templates read).</summary>
    T Shared<T>(string key, Func<T> factory) where T : class;

    /// <summary>
    /// A shared service registered with the engine (a template renderer, the site's data …); when there is none, a
    /// <see cref="ContentException"/> with ES0098 (a step that always needs one declares it: <see cref="IRequiresServices"/>).
    /// </summary>
    T Get<T>() where T : class;

    /// <summary>The shared service of type <typeparamref name="T"/>, or null when none is registered (optional services such as a cache).</summary>
    T? Find<T>() where T : class
    {
        try { return Get<T>(); }
        catch (ContentException) { return null; }
    }

    /// <summary>Runs <paramref name="work"/>, turning a failure into diagnostics on <paramref name="document"/>; returns default on failure.</summary>
    T? Guard<T>(Document document, Func<T?> work);
}
