namespace Pipework.Diagnostics;

/// <summary>Thrown by a module for a problem in the input; the engine records it and goes on with other documents.</summary>
public sealed class ContentException : Exception
{
    /// <summary>One problem.</summary>
    public ContentException(Diagnostic diagnostic) : this([diagnostic]) { }

    /// <summary>Several problems, reported together.</summary>
    public ContentException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>The problems.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
