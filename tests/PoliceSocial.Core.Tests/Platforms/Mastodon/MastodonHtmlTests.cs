using System.Text.Json;
using PoliceSocial.Platforms.Mastodon;

namespace PoliceSocial.Core.Tests.Platforms.Mastodon;

public sealed class MastodonHtmlTests
{
    [Fact]
    public void RecordedMention_BecomesPlainText()
    {
        using var recorded = JsonDocument.Parse(Payloads.Read("mastodon", "notifications.json"));
        var html = recorded.RootElement[0].GetProperty("status").GetProperty("content").GetString();

        Assert.Equal("@mastodonpy_test hello!", MastodonHtml.ToPlainText(html));
    }

    [Theory]
    [InlineData("<p>First paragraph</p><p>Second</p>", "First paragraph\n\nSecond")]
    [InlineData("<p>Line one<br>Line two<br/>Line three</p>", "Line one\nLine two\nLine three")]
    [InlineData("<p>Fish &amp; chips &lt;3 &quot;now&quot; &#39;ok&#39; caf&eacute;</p>", "Fish & chips <3 \"now\" 'ok' café")]
    [InlineData("<p>Missing: <a href=\"https://example.police.uk/appeals/2026/sam\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">example.police.uk/appeals/20</span><span class=\"invisible\">26/sam</span></a></p>",
        "Missing: https://example.police.uk/appeals/2026/sam")]
    [InlineData("<p>Seen <a href=\"https://x.example/tags/missing\" class=\"mention hashtag\" rel=\"tag\">#<span>missing</span></a> 🚨</p>", "Seen #missing 🚨")]
    [InlineData("<p>Hello <script>alert(1)</script>world</p>", "Hello world")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Html_BecomesPlainText(string? html, string expected) =>
        Assert.Equal(expected, MastodonHtml.ToPlainText(html));
}
