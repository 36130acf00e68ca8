using ExplainerSite.SocialCards;

namespace ExplainerSite.Tests.Publishing;

/// <summary>The cards' disk cache: a hit gives the stored bytes, anything unusable is drawn again.</summary>
public sealed class CardStoreTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cardstore-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_card_drawn_once_is_read_back_without_drawing()
    {
        var store = CardStore.At(_folder);
        var key = CardStore.KeyOf("v1", "fonts", "<svg/>");
        var draws = 0;
        Assert.Equal(Png, store.GetOrDraw(key, () => { draws++; return Png; }));
        Assert.Equal(Png, store.GetOrDraw(key, () => { draws++; return [9]; }));
        Assert.Equal(1, draws);
        Assert.Equal([key + ".png"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void The_key_changes_with_the_version_the_fonts_and_the_svg()
    {
        var keys = new[]
        {
            CardStore.KeyOf("v1", "fonts", "<svg/>"), CardStore.KeyOf("v2", "fonts", "<svg/>"),
            CardStore.KeyOf("v1", "other", "<svg/>"), CardStore.KeyOf("v1", "fonts", "<svg />"),
        };
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{64}$", k));
    }

    [Fact]
    public void A_stored_file_that_is_not_a_png_is_drawn_again_and_replaced()
    {
        var store = CardStore.At(_folder);
        var key = CardStore.KeyOf("v1", "fonts", "<svg/>");
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, key + ".png"), [1, 2, 3]);
        Assert.Equal(Png, store.GetOrDraw(key, () => Png));
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(_folder, key + ".png")));
    }

    [Fact]
    public void A_store_without_a_folder_always_draws_and_writes_nothing()
    {
        var store = CardStore.At(null);
        var draws = 0;
        store.GetOrDraw("k", () => { draws++; return Png; });
        store.GetOrDraw("k", () => { draws++; return Png; });
        Assert.Equal(2, draws);
        Assert.False(Directory.Exists(_folder));
    }
}
