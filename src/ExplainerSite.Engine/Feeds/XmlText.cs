using System.Xml;
using Pipework.IO;

namespace Pipework.Feeds;

/// <summary>Writes XML the one way the output expects: UTF-8 without BOM, indented, '\n' newlines.</summary>
public static class XmlText
{
    /// <summary>
    /// What <paramref name="write"/> writes, as UTF-8 XML text with <c>\n</c> newlines and two-space indents.
    /// </summary>
    public static string Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = TextFile.Utf8NoBom,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }
        return TextFile.Utf8NoBom.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Percent-encodes each segment of a site path ("/a b/" → "/a%20b/"); kebab-case paths are unchanged.</summary>
    public static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
