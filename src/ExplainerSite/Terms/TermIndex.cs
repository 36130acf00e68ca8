using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ExplainerSite.Model;
using ExplainerSite.Rendering;

namespace ExplainerSite.Terms;

/// <summary>
/// Every wording of every term collection (<c>terms:</c> in collections.yml), longest first, and how to find them
/// in text: whole words only, the longest wording at a place winning, each term once.
/// </summary>
public sealed class TermIndex
{
    private readonly ImmutableArray<Wording> _wordings;
    // The wordings by their first character, lower-cased: most places in a text start no wording at all.
    private readonly Dictionary<char, Wording[]> _byFirst;
    private readonly int _entries;

    private TermIndex(ImmutableArray<Wording> wordings, string key)
    {
        _wordings = wordings;
        _byFirst = wordings.GroupBy(w => char.ToLowerInvariant(w.Text[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _entries = wordings.Select(w => w.Entry).Distinct().Count();
        Key = key;
    }

    /// <summary>Text that changes whenever a wording, definition or address does (a cached render's key).</summary>
    public string Key { get; }

    public bool IsEmpty => _wordings.IsEmpty;

    public static TermIndex From(SiteData data)
    {
        var wordings = new List<Wording>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var collection in data.Declarations.Where(d => d.Terms is not null && d.List.Url is not null))
        {
            var settings = collection.Terms!;
            foreach (var record in data.RecordsOf(collection.Name))
            {
                var v = record.Values;
                var term = v.Text(settings.Term) ?? record.Id;
                var definition = Flatten(Html.InlineMarkdown(v.Text(settings.Definition) ?? ""));
                var url = collection.List.Url + "#" + Uri.EscapeDataString(record.Id);
                var entry = new TermEntry(collection.Name, record.Id, term, definition, url);
                var matches = settings.Matches is null ? [] : v.List(settings.Matches).OfType<string>();
                var texts = new[] { term }.Concat(matches);
                // A wording another term already has is reported by CheckTerms; the first declared keeps it.
                foreach (var text in texts.Select(Wording.Normalize))
                    if (Wording.Problem(text) is null && text.Length > 0 && taken.Add(text))
                        wordings.Add(new(text, entry));
            }
        }
        var sorted = wordings.OrderByDescending(w => w.Text.Length).ThenBy(w => w.Text, StringComparer.Ordinal)
            .ToImmutableArray();
        return new TermIndex(sorted, Fingerprint(sorted));
    }

    /// <summary>
    /// The places in <paramref name="text"/> where a term not in <paramref name="linked"/> is first used, left to
    /// right; each term found is added to <paramref name="linked"/>. A wording of a term already linked still takes
    /// its place, so a shorter term inside it is not linked there.
    /// </summary>
    public List<(int Start, int Length, TermEntry Entry)> Find(string text, ISet<TermEntry> linked)
    {
        var found = new List<(int, int, TermEntry)>();
        var i = 0;
        while (i < text.Length && linked.Count < _entries)
        {
            // Whole words only: a wording never starts in the middle of a word.
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var hit = At(text, i);
            if (hit is null)
            {
                i++;
                continue;
            }
            if (linked.Add(hit.Entry)) found.Add((i, hit.Text.Length, hit.Entry));
            i += hit.Text.Length;
        }
        return found;
    }

    /// <summary>The longest wording at <paramref name="start"/>, or null.</summary>
    private Wording? At(string text, int start)
    {
        if (!_byFirst.TryGetValue(char.ToLowerInvariant(text[start]), out var candidates)) return null;
        foreach (var w in candidates)
            if (MatchesAt(text, start, w)) return w;
        return null;
    }

    private static bool MatchesAt(string text, int start, Wording w)
    {
        var end = start + w.Text.Length;
        if (end > text.Length || end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        for (var k = 0; k < w.Text.Length; k++)
        {
            char a = text[start + k], b = w.Text[k];
            if (a == b || b == ' ' && char.IsWhiteSpace(a)) continue;
            if (w.CaseSensitive || char.ToLowerInvariant(a) != char.ToLowerInvariant(b)) return false;
        }
        return true;
    }

    /// <summary>A definition of several paragraphs as one, so it fits inside the paragraph that uses the term.</summary>
    private static string Flatten(string html) =>
        html.Replace("</p>\n<p>", " ", StringComparison.Ordinal).Replace("<p>", "", StringComparison.Ordinal)
            .Replace("</p>", "", StringComparison.Ordinal);

    private static string Fingerprint(IEnumerable<Wording> wordings)
    {
        var text = new StringBuilder();
        foreach (var w in wordings)
            text.Append(w.Text).Append('\0').Append(w.Entry.Url).Append('\0').Append(w.Entry.Term).Append('\0')
                .Append(w.Entry.DefinitionHtml).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
