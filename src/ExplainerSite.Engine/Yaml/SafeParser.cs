using Pipework.Content.SafeUrls;
using Pipework.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pipework.Yaml;

/// <summary>
/// A parser that refuses anchors and aliases as it reads. Walking an aliased tree expands it, so a few lines of
/// YAML can make billions of nodes (the "billion laughs" attack); content files never need them. It also refuses
/// nesting deeper than <see cref="MaxDepth"/>: every reader of YAML recurses per level, and 100,000 '[' would
/// otherwise overflow the stack and kill the process. And it checks every URL as it is read — the value of a key
/// <see cref="SafeUrl.IsUrlKey"/> names, in front matter or any data file — with <see cref="SafeUrl.Problem"/>,
/// so no YAML can put a <c>javascript:</c> address into a page, whatever record or template later uses it.
/// </summary>
internal sealed class SafeParser(IParser inner, string file, int lineOffset) : IParser
{
    /// <summary>Levels of lists and maps allowed; the real site's deepest file uses 4.</summary>
    public const int MaxDepth = 64;

    private int _depth;
    private Mark? _last;

    /// <summary>Per open map: whether the next scalar is a key, and the last key read. Lists push null.</summary>
    private readonly Stack<MapState?> _open = new();

    private sealed class MapState
    {
        public bool ExpectKey = true;
        public string? Key;
    }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        try
        {
            if (!inner.MoveNext()) return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections ("tags: [a, " then more keys);
            // it is a syntax error in the file, reported after the last thing that was read.
            var at = _last ?? Mark.Empty;
            throw EngineErrors.YamlSyntax.Exception(file, (int)at.Line + lineOffset, Math.Max(1, (int)at.Column),
                "the file cannot be read past this point; is a '[', '{' or quote left open?");
        }
        var current = inner.Current;
        _last = current?.End;
        if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
            throw EngineErrors.YamlAlias.Exception(file, (int)current.Start.Line + lineOffset, (int)current.Start.Column);
        if (current is MappingStart or SequenceStart && ++_depth > MaxDepth)
            throw EngineErrors.YamlTooDeep.Exception(file, (int)current.Start.Line + lineOffset, (int)current.Start.Column, MaxDepth);
        if (current is MappingEnd or SequenceEnd) _depth--;
        Track(current);
        return true;
    }

    private void Track(ParsingEvent? current)
    {
        var map = _open.Count > 0 ? _open.Peek() : null;
        switch (current)
        {
            case Scalar scalar when map is { ExpectKey: true }:
                map.Key = scalar.Value;
                map.ExpectKey = false;
                break;
            case Scalar scalar when map is not null:
                if (map.Key is { } key && SafeUrl.IsUrlKey(key) && SafeUrl.Problem(scalar.Value) is { } problem)
                    throw EngineErrors.UnsafeUrl.Exception(file, (int)scalar.Start.Line + lineOffset, (int)scalar.Start.Column,
                        scalar.Value, problem);
                map.ExpectKey = true;
                break;
            case MappingStart:
                _open.Push(new MapState());
                break;
            case SequenceStart:
                _open.Push(null);
                break;
            case MappingEnd or SequenceEnd:
                _open.TryPop(out _);
                if (_open.Count > 0 && _open.Peek() is { } parent) parent.ExpectKey = true;
                break;
        }
    }
}
