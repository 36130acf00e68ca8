using System.Text;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>
/// The one encoding snapshots accept: UTF-8 without BOM, '\n' line endings. Nothing is normalised: a BOM, a
/// '\r' or invalid UTF-8 in output is itself a failure, because the site must be written that way.
/// </summary>
internal static class SnapshotText
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What is wrong with the text's encoding, or null when it is clean.</summary>
    public static string? Problem(string text)
    {
        if (text.StartsWith('\uFEFF')) return "starts with a byte-order mark (U+FEFF)";
        var cr = text.IndexOf('\r');
        return cr < 0 ? null : $"contains '\\r' (line {LineOf(text, cr)}); output must use '\\n' line endings";
    }

    /// <summary>Decodes strictly; returns null and a problem for invalid UTF-8.</summary>
    public static string? Decode(byte[] bytes, out string? problem)
    {
        try
        {
            var text = Utf8.GetString(bytes);
            problem = bytes.AsSpan().StartsWith("\uFEFF"u8) ? "starts with a UTF-8 byte-order mark (EF BB BF)" : Problem(text);
            return text;
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"is not valid UTF-8 (invalid byte at offset {ex.Index})";
            return null;
        }
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
