using System.Text;

namespace Pipework.Finalize;

/// <summary>Replacements of spans of a text, applied in one pass; spans must not overlap and come in order.</summary>
internal sealed class TextEdits(string text)
{
    // Sized for the whole text at the first edit: a page's one changed URL should not grow a builder chunk by chunk.
    private StringBuilder? _result;
    private int _copied;

    public bool Changed { get; private set; }

    public void Replace(int start, int end, string replacement)
    {
        if (start < _copied) throw new InvalidOperationException("Text edits must come in order and not overlap.");
        if (text.AsSpan(start, end - start).SequenceEqual(replacement)) return;
        _result ??= new StringBuilder(text.Length + Math.Max(64, replacement.Length));
        _result.Append(text, _copied, start - _copied).Append(replacement);
        _copied = end;
        Changed = true;
    }

    public override string ToString() => Changed ? _result!.Append(text, _copied, text.Length - _copied).ToString() : text;
}
