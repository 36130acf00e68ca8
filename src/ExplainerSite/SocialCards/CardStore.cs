using System.Security.Cryptography;
using System.Text;

namespace ExplainerSite.SocialCards;

/// <summary>
/// Cards drawn by earlier builds, kept on disk so a build whose card SVG is unchanged copies the PNG instead of
/// drawing it again (drawing is most of a small site's build time). The folder is the user's cache, never the
/// site's: <c>$EXPLAINERSITE_CACHE</c>, else <c>$XDG_CACHE_HOME/explainersite</c>, else <c>~/.cache/explainersite</c>;
/// <c>EXPLAINERSITE_CACHE=off</c> turns it off. A file is named by the SHA-256 of everything the drawing depends on,
/// so a hit has the bytes a drawing would give and the output stays the same whether or not the cache is warm.
/// The cache is only an optimisation: a file that cannot be read or written is drawn instead, silently.
/// </summary>
public sealed class CardStore
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string? _folder;

    private CardStore(string? folder) => _folder = folder;

    /// <summary>The store of this user, or one that keeps nothing when the cache is off or has no home.</summary>
    public static CardStore ForUser()
    {
        var setting = Environment.GetEnvironmentVariable("EXPLAINERSITE_CACHE");
        if (string.Equals(setting, "off", StringComparison.OrdinalIgnoreCase)) return new CardStore(null);
        var root = !string.IsNullOrEmpty(setting) ? setting
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "explainersite")
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home
                ? Path.Combine(home, ".cache", "explainersite")
                : null;
        return At(root is null ? null : Path.Combine(root, "cards"));
    }

    /// <summary>A store in <paramref name="folder"/>; null keeps nothing.</summary>
    public static CardStore At(string? folder) => new(folder);

    /// <summary>The key of a card: the drawing code's version, the fonts and the SVG text.</summary>
    public static string KeyOf(string version, string fontsFingerprint, string svg)
    {
        var text = Encoding.UTF8.GetBytes(version + "\n" + fontsFingerprint + "\n" + svg);
        return Convert.ToHexStringLower(SHA256.HashData(text));
    }

    /// <summary>The stored PNG for <paramref name="key"/>, or <paramref name="draw"/>'s, stored for the next build.</summary>
    public byte[] GetOrDraw(string key, Func<byte[]> draw)
    {
        if (_folder is null) return draw();
        var path = Path.Combine(_folder, key + ".png");
        try
        {
            if (File.Exists(path))
            {
                var stored = File.ReadAllBytes(path);
                if (stored.AsSpan().StartsWith(PngSignature)) return stored;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        var bytes = draw();
        try
        {
            Directory.CreateDirectory(_folder);
            // Written aside and renamed, so a build running beside this one never reads half a file.
            var temp = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        return bytes;
    }
}
