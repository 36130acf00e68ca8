using Pipework.IO;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace ExplainerSite.SocialCards;

/// <summary>
/// The fonts in <c>theme/cards/</c> (<c>.ttf</c>, <c>.otf</c>), loaded from their files: whatever family an SVG
/// names, its text is drawn in the theme's face nearest the asked weight, never in a system font, so a card's
/// pixels do not depend on what the machine has installed.
/// </summary>
public sealed class CardFonts : ITypefaceProvider, IDisposable
{
    private readonly IReadOnlyList<SKTypeface> _faces;

    private CardFonts(IReadOnlyList<SKTypeface> faces, string fingerprint) => (_faces, Fingerprint) = (faces, fingerprint);

    /// <summary>The font files' names and bytes, hashed: part of every card's cache key.</summary>
    public string Fingerprint { get; }

    /// <summary>Loads the fonts, or says which file (if any) is the problem.</summary>
    public static CardFonts Load(string folder)
    {
        var files = Directory.Exists(folder)
            ? ReadFiles.Find(folder, ["*.ttf", "*.otf"], null).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0) throw CardErrors.FontsMissing.Exception("theme/cards/", 0, 0);
        var faces = new List<SKTypeface>();
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(bytes);
            using var data = SKData.CreateCopy(bytes);
            faces.Add(SKTypeface.FromData(data) ?? throw CardErrors.FontUnreadable.Exception("theme/cards/" + file, 0, 0, "theme/cards/" + file));
        }
        return new CardFonts(faces, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The face nearest <paramref name="weight"/> (the first of equals, in file-name order).</summary>
    public SKTypeface Nearest(int weight) => _faces.MinBy(f => Math.Abs(f.FontWeight - weight))!;

    public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
        Nearest((int)fontWeight);

    /// <summary>Width in pixels of <paramref name="text"/> set at <paramref name="size"/> in the face nearest bold, as card titles are.</summary>
    public float MeasureTitle(string text, int size)
    {
        using var font = new SKFont(Nearest(700), size);
        return font.MeasureText(text);
    }

    public void Dispose()
    {
        foreach (var face in _faces) face.Dispose();
    }
}
