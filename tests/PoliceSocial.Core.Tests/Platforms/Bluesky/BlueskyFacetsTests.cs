using System.Text;
using System.Text.Json;
using PoliceSocial.Platforms.Bluesky;

namespace PoliceSocial.Core.Tests.Platforms.Bluesky;

public sealed class BlueskyFacetsTests
{
    [Fact]
    public void RecordedPost_FacetsMatchTheOnesBlueskyStored()
    {
        using var recorded = JsonDocument.Parse(Payloads.Read("bluesky", "get_record.json"));
        var value = recorded.RootElement.GetProperty("value");
        var stored = value.GetProperty("facets").EnumerateArray()
            .Select(f => (f.GetProperty("index").GetProperty("byteStart").GetInt32(), f.GetProperty("index").GetProperty("byteEnd").GetInt32()))
            .ToList();

        var facets = BlueskyFacets.Find(value.GetProperty("text").GetString()!);

        Assert.Equal(stored, facets.Select(f => (f.ByteStart, f.ByteEnd)));
        Assert.Equal(["mention", "link"], facets.Select(f => f.Kind));
        Assert.Equal("bskyr.bsky.social", facets[0].Value);
        Assert.Equal("https://christophertkenny.com/bskyr/", facets[1].Value);
    }

    [Fact]
    public void Offsets_AreUtf8Bytes_AfterEmojiAndNonAsciiText()
    {
        // 🚨 is 4 bytes, the space 1; "Llanelli’n" has a 3-byte apostrophe; "Ysgol Gymraeg" is ASCII.
        const string text = "🚨 @heddlu.bsky.social Llanelli’n: https://example.police.uk/apêl #Ymchwiliad";

        var facets = BlueskyFacets.Find(text);

        var bytes = Encoding.UTF8.GetBytes(text);
        string Slice(BlueskyFacet f) => Encoding.UTF8.GetString(bytes, f.ByteStart, f.ByteEnd - f.ByteStart);
        Assert.Equal(["mention", "link", "tag"], facets.Select(f => f.Kind));
        Assert.Equal(5, facets[0].ByteStart);
        Assert.Equal("@heddlu.bsky.social", Slice(facets[0]));
        Assert.Equal("https://example.police.uk/apêl", Slice(facets[1]));
        Assert.Equal("https://example.police.uk/apêl", facets[1].Value);
        Assert.Equal("#Ymchwiliad", Slice(facets[2]));
        Assert.Equal("Ymchwiliad", facets[2].Value);
    }

    [Fact]
    public void TrailingPunctuation_IsNotPartOfALink_AndEmailsAreNotMentions()
    {
        var facets = BlueskyFacets.Find("Details (https://example.com/a). Email info@example.com or #999");

        var link = Assert.Single(facets);
        Assert.Equal("https://example.com/a", link.Value);
    }
}
