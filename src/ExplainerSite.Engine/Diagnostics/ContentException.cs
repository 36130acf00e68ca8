namespace ExplainerSite.Engine.Diagnostics;

/// <summary>Thrown by a module for a problem in the input; the engine records it and goes on with other documents.</summary>
public sealed class ContentException : Exception
{
    public ContentException(Diagnostic diagnostic) : this([diagnostic]) { }

    public ContentException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
