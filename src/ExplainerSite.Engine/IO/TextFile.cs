using System.Buffers;
using System.Text;
using Pipework.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Pipework.IO;

/// <summary>
/// Reads text the one way every module expects: strict UTF-8, no BOM, '\n' line endings, no control characters
/// but tab and line break (they are invisible in an editor, break XML feeds and can drive a terminal), and at most
/// <see cref="MaxBytes"/> bytes, so no file can make a build run out of memory or time.
/// </summary>
public static class TextFile
{
    /// <summary>The largest text file read: far above any page (the real site's largest is ~40 KB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>C0 controls but tab and newline, DEL and the C1 controls.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not '\t' and not '\n')));

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    /// <summary>UTF-8 without a byte-order mark, as the engine writes text.</summary>
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The text of a UTF-8 file, newlines as <c>\n</c>; a ContentException at <paramref name="displayPath"/> when it
    /// cannot be read or is not UTF-8.
    /// </summary>
    public static string Read(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes) throw EngineErrors.FileTooLarge.Exception(displayPath, 0, 0, length, MaxBytes);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw EngineErrors.ReadFailed.Exception(displayPath, 0, 0, ex.Message);
        }
        return Decode(bytes, displayPath);
    }

    /// <summary>UTF-8 bytes as text; ES0005 at <paramref name="displayPath"/> for an invalid byte.</summary>
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
            var offset = Math.Clamp(ex.Index, 0, bytes.Length);
            var lineStart = bytes[..offset].LastIndexOf((byte)'\n') + 1;
            var line = 1 + bytes[..lineStart].Count((byte)'\n');
            var column = 1 + Encoding.UTF8.GetCharCount(bytes[lineStart..offset]);
            throw EngineErrors.NotUtf8.Exception(displayPath, line, column, offset);
        }
        text = NormalizeNewlines(text);
        var control = text.AsSpan().IndexOfAny(Controls);
        if (control >= 0)
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, control - 1)) + 1;
            if (control == 0) lineStart = 0;
            var line = 1 + text.AsSpan(0, lineStart).Count('\n');
            throw EngineErrors.ControlCharacter.Exception(displayPath, line, control - lineStart + 1, (int)text[control]);
        }
        return text;
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 without BOM, creating or replacing the file. A new file takes three
    /// system calls (open, write, close), fewer than <see cref="File.WriteAllText(string, string?, Encoding)"/>,
    /// which counts when a build writes thousands of pages.
    /// </summary>
    public static void Write(string path, string text)
    {
        var length = Utf8NoBom.GetByteCount(text);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var bytes = buffer.AsSpan(0, Utf8NoBom.GetBytes(text, buffer));
            SafeFileHandle handle;
            try
            {
                handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            }
            catch (IOException) when (File.Exists(path))
            {
                handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
            }
            using (handle)
                RandomAccess.Write(handle, bytes, 0);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary><c>\r\n</c> and <c>\r</c> as <c>\n</c>.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
