using ExplainerSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExplainerSite.Engine.Yaml;

/// <summary>
/// A parser that refuses anchors and aliases as it reads. Walking an aliased tree expands it, so a few lines of
/// YAML can make billions of nodes (the "billion laughs" attack); content files never need them.
/// </summary>
internal sealed class SafeParser(IParser inner, string file, int lineOffset) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var current = inner.Current;
        if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
            throw EngineErrors.YamlAlias.Exception(file, (int)current.Start.Line + lineOffset, (int)current.Start.Column);
        return true;
    }
}
