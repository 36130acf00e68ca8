using Pipework.Diagnostics;
using YamlDotNet.Core;

namespace Pipework.Yaml;

/// <summary>Turns YamlDotNet's exceptions into positioned diagnostics.</summary>
internal static class YamlErrors
{
    /// <summary>The positioned diagnostic for <paramref name="ex"/>, raised while reading <paramref name="file"/>.</summary>
    /// <param name="ex">What YamlDotNet threw.</param>
    /// <param name="file">The file, as diagnostics name it.</param>
    /// <param name="lineOffset">Added to the parser's lines (YAML that starts inside a file).</param>
    /// <param name="text">The YAML that was parsed, to place an error about a tab at the tab itself.</param>
    public static ContentException ToContentException(YamlException ex, string file, int lineOffset, string? text = null)
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
        // YamlDotNet reports a tab in indentation where the enclosing value starts (lines earlier); point at the tab.
        if (text is not null && message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabAfter(text, start) is var (line, column))
            return new ContentException(EngineErrors.YamlSyntax.At(file, line + lineOffset, column,
                "a tab is used for indentation; YAML indents with spaces only"));
        return new ContentException(EngineErrors.YamlSyntax.At(file, (int)start.Line + lineOffset, (int)start.Column, message));
    }

    /// <summary>
    /// The 1-based line and column of the first tab at or after <paramref name="start"/> in a line's indentation
    /// (a tab inside a quoted value is allowed), else of the first tab at all.
    /// </summary>
    private static (int Line, int Column)? TabAfter(string text, Mark start)
    {
        var lines = text.Split('\n');
        (int, int)? any = null;
        for (var i = Math.Max(0, (int)start.Line - 1); i < lines.Length; i++)
        {
            var from = i == start.Line - 1 ? Math.Max(0, (int)start.Column - 1) : 0;
            var tab = from < lines[i].Length ? lines[i].IndexOf('\t', from) : -1;
            if (tab < 0) continue;
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t', '-').Length;
            if (tab < indent) return (i + 1, tab + 1);
            any ??= (i + 1, tab + 1);
        }
        return any;
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
