using System.Text;
using ExplainerSite.Engine.Diagnostics;

namespace ExplainerSite.Engine.IO;

/// <summary>Reads text the one way every module expects: strict UTF-8, no BOM, '\n' line endings.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string Read(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw EngineErrors.ReadFailed.Exception(displayPath, 0, 0, ex.Message);
        }
        return Decode(bytes, displayPath);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw EngineErrors.NotUtf8.Exception(displayPath, 0, 0, ex.Index);
        }
        return NormalizeNewlines(text);
    }

    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
