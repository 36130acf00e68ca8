using System.Text;

namespace ExplainerSite.Citing;

/// <summary>
/// BibTeX (biblatex) text: field values in braces, LaTeX's special characters escaped so every value is plain
/// text with balanced braces, URLs kept verbatim (biblatex reads <c>url</c> as a verbatim field) with only the
/// characters that would unbalance or end the value percent-encoded.
/// </summary>
public static class BibTex
{
    /// <summary>
    /// One entry: <c>@type{key,</c>, one <c>name = {value},</c> line per field with a value, <c>}</c>.
    /// </summary>
    public static string Entry(string type, string key, IEnumerable<(string Name, string? Value)> fields)
    {
        var text = new StringBuilder();
        text.Append('@').Append(type).Append('{').Append(key).Append(",\n");
        foreach (var (name, value) in fields)
        {
            if (value is null) continue;
            text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }
        return text.Append("}\n").ToString();
    }

    /// <summary>Plain text as a field value: <c>\ { } $ &amp; % # _ ^ ~</c> become LaTeX commands or escapes.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                // BibTeX counts every brace, escaped or not, so literal braces must not appear as '{' or '}'.
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '$' or '&' or '%' or '#' or '_' => "\\" + c,
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>A title whose capitals are kept as written by styles that change case (the outer braces).</summary>
    public static string Title(string title) => "{" + Escape(title) + "}";

    /// <summary>A name never split into given and family names (an organisation, a byline with notes).</summary>
    public static string Literal(string name) => "{" + Escape(name) + "}";

    /// <summary>
    /// People as BibTeX reads them ("A B and C D") when the text is only names joined by "and"; anything else
    /// (parentheses, commas, digits) as one literal name, which is never mis-split.
    /// </summary>
    public static string Names(string names)
    {
        var plain = names.All(c => char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '’');
        return plain ? Escape(names) : Literal(names);
    }

    /// <summary>A URL for the verbatim <c>url</c> field: braces, backslashes and white space percent-encoded.</summary>
    public static string Url(string url)
    {
        var encoded = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            encoded.Append(c switch
            {
                '{' => "%7B",
                '}' => "%7D",
                '\\' => "%5C",
                ' ' => "%20",
                '\t' or '\r' or '\n' => "",
                _ => c.ToString(),
            });
        }
        return encoded.ToString();
    }

    /// <summary>A comment line (BibTeX ignores text outside entries; '@' would start one, so it is dropped).</summary>
    public static string Comment(string text) =>
        "% " + text.Replace("@", "", StringComparison.Ordinal).ReplaceLineEndings(" ") + "\n";
}
