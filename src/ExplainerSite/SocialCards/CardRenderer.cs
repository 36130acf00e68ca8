using ExplainerSite.Rendering;
using SkiaSharp;
using Svg.Skia;

namespace ExplainerSite.SocialCards;

/// <summary>Draws a card's SVG text to PNG bytes with the theme's fonts (Svg.Skia on SkiaSharp).</summary>
public static class CardRenderer
{
    /// <summary>
    /// Part of every cache key: change it when drawing or encoding changes, so no card from before is reused.
    /// The PNG settings are chosen for build time: Sub filter and zlib level 3 cost a few milliseconds on a
    /// card of flat colour and text and make files of about 60 kB; the best compression costs ten times as much
    /// for a fifth less.
    /// </summary>
    public const string Version = "skia-4.155.0/svg-5.2.3/png-sub-3";

    private static readonly SKPngEncoderOptions Png = new(SKPngEncoderFilterFlags.Sub, 3);

    /// <summary>The PNG of <paramref name="svg"/>, scaled to <see cref="SocialCardHead.Width"/>×<see cref="SocialCardHead.Height"/>; null when it is not an SVG with a size.</summary>
    public static byte[]? Render(string svg, CardFonts fonts, out string? problem)
    {
        problem = null;
        using var document = new SKSvg();
        document.Settings.TypefaceProviders = [fonts];
        SKPicture? picture;
        try
        {
            picture = document.FromSvg(svg);
        }
        catch (System.Xml.XmlException ex)
        {
            problem = ex.Message;
            return null;
        }
        var bounds = picture?.CullRect ?? SKRect.Empty;
        if (picture is null || bounds.Width <= 0 || bounds.Height <= 0)
        {
            problem = "no drawable <svg> with a width and height";
            return null;
        }
        // Opaque RGB: a card has no transparency, and PNG without an alpha channel is a quarter smaller and faster to write.
        using var bitmap = new SKBitmap(new SKImageInfo(SocialCardHead.Width, SocialCardHead.Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(SocialCardHead.Width / bounds.Width, SocialCardHead.Height / bounds.Height);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }
        using var pixels = bitmap.PeekPixels();
        using var png = pixels.Encode(Png) ?? throw new InvalidOperationException("Skia could not encode the card as PNG.");
        return png.ToArray();
    }
}
