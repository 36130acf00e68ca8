using System.Text;
using System.Text.RegularExpressions;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// The <c>{name}</c> placeholders of a summary line's Markdown text: which ones it uses (checked against its
/// kind's list) and the text with each replaced by its computed value, Markdown-escaped so that a row label
/// such as <c>C-*Eval*</c> stays text.
/// </summary>
public static partial class SummaryText
{
    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>The placeholder names in <paramref name="template"/>, in order.</summary>
    public static IEnumerable<string> Names(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    /// <summary><paramref name="template"/> with each known placeholder replaced (unknown ones are left as
    /// written; validation has reported them).</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? Escape(v) : m.Value);

    /// <summary>Text as Markdown that renders it literally: ASCII punctuation backslash-escaped (CommonMark).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch < 128 && char.IsPunctuation(ch) || ch is '`' or '*' or '_' or '<' or '>' or '[' or ']' or '|' or '~' or '^' or '+' or '=' or '$')
                sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
