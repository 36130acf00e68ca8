using Pipework.Diagnostics;

namespace Pipework.Yaml;

/// <summary>
/// The problems found while one file is bound, on the binding thread. Value errors (a bad enum value, text where
/// a number belongs) are recorded here and binding goes on with a default value, so one run reports every such
/// problem of the file instead of the first.
/// </summary>
internal static class BindingSession
{
    [ThreadStatic] private static List<Diagnostic>? _errors;
    [ThreadStatic] private static string? _file;

    public static IDisposable Begin(string file, out List<Diagnostic> errors)
    {
        var (previousErrors, previousFile) = (_errors, _file);
        _errors = errors = [];
        _file = file;
        return new End(() => (_errors, _file) = (previousErrors, previousFile));
    }

    public static void Report(DiagnosticDescriptor descriptor, YamlDotNet.Core.Mark at, params object?[] args)
    {
        var diagnostic = descriptor.At(_file, (int)at.Line, (int)at.Column, args);
        if (descriptor == BindingErrors.WrongType && args is [string expected, ..] && BindingErrors.WrongTypeHint(expected) is { } hint)
            diagnostic = diagnostic with { Hint = hint };
        if (_errors is null) throw new ContentException(diagnostic);
        _errors.Add(diagnostic);
    }

    private sealed class End(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
