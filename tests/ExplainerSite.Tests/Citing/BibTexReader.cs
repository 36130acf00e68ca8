namespace ExplainerSite.Tests.Citing;

/// <summary>
/// A strict reader of the BibTeX the site writes, to check it the way BibTeX and biber read it: outside entries
/// only blank lines and <c>%</c> comments; each entry <c>@type{key,</c> then <c>name = {value},</c> fields whose
/// braces balance (BibTeX counts every brace, escaped or not), then <c>}</c>. Throws on anything else.
/// </summary>
public static class BibTexReader
{
    public sealed record Entry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

    public static List<Entry> Read(string text)
    {
        var entries = new List<Entry>();
        var p = 0;
        while (p < text.Length)
        {
            if (text[p] == '\n') { p++; continue; }
            if (text[p] == '%') { p = text.IndexOf('\n', p) is var end and >= 0 ? end + 1 : text.Length; continue; }
            if (text[p] != '@') throw new FormatException($"text outside an entry at {p}: '{Around(text, p)}'");
            entries.Add(ReadEntry(text, ref p));
        }
        return entries;
    }

    private static Entry ReadEntry(string text, ref int p)
    {
        var open = text.IndexOf('{', p);
        var type = text[(p + 1)..open];
        var comma = text.IndexOf(',', open);
        var key = text[(open + 1)..comma];
        if (type.Length == 0 || !type.All(char.IsAsciiLetterLower)) throw new FormatException($"bad entry type '{type}'");
        var badKeyChar = key.Any(c => char.IsWhiteSpace(c) || c is '{' or '}' or ',' or '"' or '#' or '%' or '=' or '\\');
        if (key.Length == 0 || badKeyChar)
            throw new FormatException($"bad key '{key}'");
        p = comma + 1;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
            if (p >= text.Length) throw new FormatException($"entry '{key}' is not closed");
            if (text[p] == '}') { p++; break; }
            var equals = text.IndexOf('=', p);
            var name = text[p..equals].Trim();
            if (!name.All(char.IsAsciiLetterLower)) throw new FormatException($"bad field name '{name}' in '{key}'");
            p = equals + 1;
            while (text[p] == ' ') p++;
            if (text[p] != '{') throw new FormatException($"field '{name}' of '{key}' is not in braces");
            var start = ++p;
            var depth = 1;
            while (depth > 0)
            {
                if (p >= text.Length) throw new FormatException($"unbalanced braces in '{name}' of '{key}'");
                if (text[p] == '{') depth++;
                else if (text[p] == '}') depth--;
                p++;
            }
            if (!fields.TryAdd(name, text[start..(p - 1)])) throw new FormatException($"field '{name}' twice in '{key}'");
            if (text[p] != ',') throw new FormatException($"no comma after '{name}' in '{key}'");
            p++;
        }
        return new Entry(type, key, fields);
    }

    /// <summary>LaTeX specials left bare in a value (url is verbatim in biblatex and not checked).</summary>
    public static IEnumerable<string> BareSpecials(Entry entry) =>
        from field in entry.Fields
        where field.Key != "url"
        from i in Enumerable.Range(0, field.Value.Length)
        let c = field.Value[i]
        where (c is '#' or '$' or '%' or '&' or '_' && (i == 0 || field.Value[i - 1] != '\\')) || c is '~' or '^'
        select $"{entry.Key}.{field.Key}: '{c}' at {i}";

    private static string Around(string text, int p) => text[p..Math.Min(text.Length, p + 40)];
}
