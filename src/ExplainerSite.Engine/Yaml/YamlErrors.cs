using ExplainerSite.Engine.Diagnostics;
using YamlDotNet.Core;

namespace ExplainerSite.Engine.Yaml;

/// <summary>Turns YamlDotNet's exceptions into positioned diagnostics.</summary>
internal static class YamlErrors
{
    public static ContentException ToContentException(YamlException ex, string file, int lineOffset)
    {
        // The deserializer wraps what the parser throws (SafeParser's alias error) in its own YamlException.
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is ContentException content) return content;
        if (ex is UnknownKeyException unknown)
            return new ContentException(BindingErrors.UnknownKey.At(
                file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column, unknown.Key, unknown.TypeName, unknown.Suggestion));
        // The innermost message says what went wrong; the outer ones only say "during deserialization".
        var inner = ex;
        while (inner.InnerException is YamlException deeper) inner = deeper;
        var message = inner.InnerException?.Message ?? inner.Message;
        var start = inner.Start.Line > 0 ? inner.Start : ex.Start;
        if (message.StartsWith('(') && message.Contains("): ", StringComparison.Ordinal))
            message = message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..];
        return new ContentException(EngineErrors.YamlSyntax.At(file, (int)start.Line + lineOffset, (int)start.Column, message));
    }
}

/// <summary>Raised when a mapping has a key the record does not declare.</summary>
internal sealed class UnknownKeyException(Mark start, Mark end, string key, string typeName, string suggestion)
    : YamlException(start, end, $"unknown key '{key}'")
{
    public string Key { get; } = key;
    public string TypeName { get; } = typeName;
    public string Suggestion { get; } = suggestion;
}
