using Pipework.Documents;
using Pipework.IO;

namespace Pipework.Finalize;

/// <summary>Turns a copied (binary) document into a text one, so a transform can rewrite it.</summary>
public static class TextContent
{
    /// <summary>The document itself when it is text; else its file read as strict UTF-8 ('\n' line ends, no BOM).</summary>
    public static Document AsText(Document document) =>
        !document.IsBinary || (document.SourceFile is null && document.Bytes.IsDefault) ? document
        : !document.Bytes.IsDefault ? document with { Content = TextFile.Decode(document.Bytes.AsSpan(), document.Source), Bytes = default, IsBinary = false }
        : document with { Content = TextFile.Read(document.SourceFile!, document.Source), IsBinary = false };
}
