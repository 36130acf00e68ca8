using System.Buffers.Binary;
using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Pipework.Caching;

/// <summary>
/// Hashes a sequence of values into a <see cref="Fingerprint"/>. Every value is written with a type tag and a
/// length, so different sequences never produce the same stream. <see cref="TryAddValue"/> walks the plain values
/// templates read (dictionaries, lists, strings, numbers, booleans, dates); any other type makes it return false,
/// because the builder cannot know what such an object depends on.
/// </summary>
public sealed class FingerprintBuilder : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly ConditionalWeakTable<object, StrongBox<Fingerprint>>? _memo;

    /// <param name="memo">Fingerprints of dictionaries and lists by reference, shared within one build so a value
    /// every page sees (the site model) is hashed once. Only the values added to this builder directly are
    /// memoized, not the lists inside them: memoizing every nested list of 10,000 pages made the threads queue on
    /// the memo's lock, and a page's own values are not shared anyway.</param>
    public FingerprintBuilder(ConditionalWeakTable<object, StrongBox<Fingerprint>>? memo = null) => _memo = memo;

    /// <summary>Adds a text (null differs from empty).</summary>
    public FingerprintBuilder Add(string? text)
    {
        if (text is null) return Tag('n');
        Tag('s').Add((long)text.Length);
        _hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    /// <summary>Adds a number.</summary>
    public FingerprintBuilder Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>Adds a flag.</summary>
    public FingerprintBuilder Add(bool value) => Tag(value ? 't' : 'f');

    /// <summary>Adds another fingerprint.</summary>
    public FingerprintBuilder Add(Fingerprint value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value.Value);
        Tag('h')._hash.AppendData(bytes);
        return this;
    }

    /// <summary>Adds a tree of plain values; false (and the builder must not be used further) for any other type.</summary>
    public bool TryAddValue(object? value)
    {
        switch (value)
        {
            case null: Tag('n'); return true;
            case string s: Add(s); return true;
            case bool b: Add(b); return true;
            case int or long or short or byte:
                Tag('i').Add(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case double or float or decimal:
                Tag('d').Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case DateOnly or DateTime or DateTimeOffset:
                Tag('t').Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case Enum e:
                Tag('e').Add(e.GetType().FullName).Add(e.ToString());
                return true;
            case IEnumerable when _memo is not null && _memo.TryGetValue(value, out var known):
                Add(known.Value);
                return true;
            case IDictionary or IEnumerable:
                return _memo is null ? TryAddCompositeItems(value) : TryAddMemoized(value);
            default:
                return false;
        }
    }

    private bool TryAddMemoized(object value)
    {
        using var inner = new FingerprintBuilder();
        if (!inner.TryAddCompositeItems(value)) return false;
        var fingerprint = inner.Finish();
        _memo!.TryAdd(value, new StrongBox<Fingerprint>(fingerprint));
        Add(fingerprint);
        return true;
    }

    private bool TryAddCompositeItems(object value)
    {
        if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            Tag('{');
            foreach (var (key, item) in pairs)
                if (!Add(key).TryAddValue(item)) return false;
            Tag('}');
            return true;
        }
        if (value is IDictionary dictionary)
        {
            Tag('{');
            foreach (DictionaryEntry entry in dictionary)
                if (entry.Key is not string key || !Add(key).TryAddValue(entry.Value)) return false;
            Tag('}');
            return true;
        }
        Tag('[');
        foreach (var item in (IEnumerable)value)
            if (!TryAddValue(item)) return false;
        Tag(']');
        return true;
    }

    /// <summary>The fingerprint of everything added, in order.</summary>
    public Fingerprint Finish()
    {
        Span<byte> digest = stackalloc byte[32];
        _hash.GetHashAndReset(digest);
        return new Fingerprint(BinaryPrimitives.ReadUInt128LittleEndian(digest));
    }

    /// <inheritdoc/>
    public void Dispose() => _hash.Dispose();

    private FingerprintBuilder Tag(char tag)
    {
        Span<byte> bytes = [(byte)tag];
        _hash.AppendData(bytes);
        return this;
    }
}
