using System.Globalization;

namespace Pipework.Caching;

/// <summary>
/// A 128-bit content hash (the first half of a SHA-256): what a cached result was computed from. Two equal
/// fingerprints mean equal inputs; fingerprints are compared within one process, never stored.
/// </summary>
public readonly record struct Fingerprint(UInt128 Value)
{
    /// <summary>The fingerprint of a text (its UTF-8 bytes).</summary>
    public static Fingerprint Of(string text)
    {
        using var builder = new FingerprintBuilder();
        return builder.Add(text).Finish();
    }

    /// <summary>The fingerprint as 32 hexadecimal digits.</summary>
    public override string ToString() => Value.ToString("x32", CultureInfo.InvariantCulture);
}
