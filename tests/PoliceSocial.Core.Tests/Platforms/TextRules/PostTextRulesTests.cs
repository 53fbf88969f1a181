using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.Core.Tests.Platforms.TextRules;

/// <summary>Each platform's count, checked on strings whose length is worked out by hand from the platform's rules.</summary>
public sealed class PostTextRulesTests
{
    [Theory]
    [InlineData("Hello world", 11)]
    [InlineData("‘quoted’ — dash", 15)]         // U+2018/2019/2014 fall in the light range 8208-8223
    [InlineData("Price €5", 9)]                  // U+20AC is outside every light range: 2
    [InlineData("警察", 4)]                       // CJK: 2 each
    [InlineData("🚨", 2)]
    [InlineData("👨‍👩‍👧‍👦", 2)]                   // seven code points, one emoji
    [InlineData("🇬🇧", 2)]                        // a flag: two regional indicators, one emoji
    [InlineData("👍🏽", 2)]                        // skin tone modifier
    [InlineData("1️⃣", 2)]                        // keycap: digit, VS16, U+20E3
    [InlineData("Cafe\u0301", 4)]                 // normalised to NFC first: é is one code point
    [InlineData("Read https://www.example.police.uk/appeals/2026/missing-person-with-a-very-long-path?id=12345 now", 32)]
    [InlineData("See met.police.uk for more.", 37)] // a bare domain is a link too: 4 + 23 + 10
    [InlineData("Call 101 (or https://example.com/a).", 38)] // 13 + 23 + 2: the closing bracket and stop are not part of the URL
    [InlineData("Heddlu Dyfed-Powys: ble mae\u0301r gw\u0302r?", 33)] // decomposed Welsh accents compose to one letter each
    public void X_CountsWeightedLengthAsTwitterTextV3(string text, int expected)
    {
        var check = PostTextRules.Check("x", text);

        Assert.Equal(expected, check.WeightedLength);
        Assert.Equal(280, check.MaxLength);
        Assert.True(check.Valid);
    }

    [Fact]
    public void X_AllowsExactly280()
    {
        Assert.True(PostTextRules.Check("x", new string('a', 280)).Valid);
        Assert.False(PostTextRules.Check("x", new string('a', 281)).Valid);
        Assert.True(PostTextRules.Check("x", string.Concat(Enumerable.Repeat("が", 140))).Valid);
        Assert.Equal(282, PostTextRules.Check("x", string.Concat(Enumerable.Repeat("が", 141))).WeightedLength);
        Assert.False(PostTextRules.Check("x", string.Concat(Enumerable.Repeat("が", 141))).Valid);
        Assert.True(PostTextRules.Check("x", new string('a', 256) + " https://example.com/" + new string('b', 200)).Valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Byte order mark \uFEFF inside")]
    [InlineData("Non-character \uFFFE")]
    [InlineData("Bidi override \u202E txet")]
    public void X_RefusesEmptyAndForbiddenCharacters(string text) =>
        Assert.False(PostTextRules.Check("x", text).Valid);

    [Fact]
    public void Mastodon_Counts500GraphemesWithLinksAs23AndRemoteMentionsWithoutTheServer()
    {
        Assert.True(PostTextRules.Check("mastodon", new string('a', 500)).Valid);
        Assert.False(PostTextRules.Check("mastodon", new string('a', 501)).Valid);
        Assert.Equal(26, PostTextRules.Check("mastodon", "https://example.police.uk/" + new string('p', 120) + " hi").WeightedLength);
        Assert.Equal(11, PostTextRules.Check("mastodon", "@someone@mastodon.social hi").WeightedLength);
        Assert.Equal(1, PostTextRules.Check("mastodon", "👨‍👩‍👧‍👦").WeightedLength);

        // Mastodon does not link a bare domain, so it counts every character of it.
        Assert.Equal(17, PostTextRules.Check("mastodon", "met.police.uk now").WeightedLength);
    }

    [Fact]
    public void Bluesky_Counts300Graphemes()
    {
        Assert.True(PostTextRules.Check("bluesky", string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 300))).Valid);
        Assert.False(PostTextRules.Check("bluesky", string.Concat(Enumerable.Repeat("é", 301))).Valid);
        Assert.Equal(5, PostTextRules.Check("bluesky", "Cafe\u0301!").WeightedLength);
        Assert.Equal(300, PostTextRules.MaxLength("bluesky"));
    }

    [Fact]
    public void Facebook_Allows63206Characters()
    {
        Assert.True(PostTextRules.Check("facebook", new string('a', 63_206)).Valid);
        Assert.False(PostTextRules.Check("facebook", new string('a', 63_207)).Valid);
    }

    [Theory]
    [InlineData("x", 1_000)]
    [InlineData("mastodon", 1_500)]
    [InlineData("bluesky", 2_000)]
    public void AltText_FitsThePlatformsLimit(string platform, int limit)
    {
        Assert.Equal(limit, PostTextRules.AltTextLimit(platform));
        Assert.True(PostTextRules.AltTextFits(platform, new string('a', limit)));
        Assert.False(PostTextRules.AltTextFits(platform, new string('a', limit + 1)));
        Assert.False(PostTextRules.AltTextFits(platform, "   "));
    }
}
