using System.Net;
using System.Text.Json.Nodes;
using PoliceSocial.Platforms;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace PoliceSocial.Core.Tests.Platforms.Facebook;

public sealed class FacebookClientTests : PlatformClientTestBase
{
    private const string PageId = FacebookClientContractTests.PageId;

    protected override string Platform => "facebook";

    protected override Dictionary<string, string?> Settings() => FacebookClientContractTests.FacebookSettings(BaseUrl);

    private static JsonObject Item(string id, string message, string createdTime, string fromId, string fromName) => new()
    {
        ["id"] = id,
        ["message"] = message,
        ["created_time"] = createdTime,
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromName },
        ["permalink_url"] = $"https://www.facebook.com/{id}",
    };

    [Fact]
    public async Task VisitorPostsAndCommentsAreMentions_ThePagesOwnAreNot_AndOldOnesAreSkipped()
    {
        var mark = Clock.GetUtcNow().AddHours(-6);
        Stub(Request.Create().WithPath($"/v23.0/{PageId}/feed").UsingGet(), Json(new JsonObject
        {
            ["data"] = new JsonArray(
                Item($"{PageId}_1", "Our appeal", "2026-11-24T20:00:00+0000", PageId, "Example Police"),
                Item($"{PageId}_2", "I saw him at the bus station", "2026-11-25T01:00:00+0000", "777", "A Visitor")),
        }.ToJsonString()));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v23.0/*/comments")).UsingGet()).AtPriority(20).RespondWith(Json("""{"data":[]}"""));
        Stub(Request.Create().WithPath($"/v23.0/{PageId}_1/comments").UsingGet(), Json(new JsonObject
        {
            ["data"] = new JsonArray(
                Item("1_c3", "Shared", "2026-11-25T02:00:00+0000", "778", "Helper"),
                Item("1_c2", "Thank you all", "2026-11-25T01:30:00+0000", PageId, "Example Police"),
                Item("1_c1", "Old comment", "2026-11-24T20:30:00+0000", "779", "Early")),
        }.ToJsonString()));

        var poll = await Client.PollMentionsAsync(mark.ToUnixTimeSeconds().ToString(), CancellationToken.None);

        Assert.Equal([$"{PageId}_2", "1_c3"], poll.Mentions.Select(m => m.Id));
        Assert.Equal("A Visitor", poll.Mentions[0].AuthorHandle);
        Assert.Equal($"{PageId}_1", poll.Mentions[1].ConversationId);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(), poll.NextCursor);
        Assert.All(Server.LogEntries, e => Assert.DoesNotContain("access_token", e.RequestMessage.Url));
    }

    [Fact]
    public async Task ReplyToAComment_PostsOnTheCommentsEdge()
    {
        const string comment = "245778718206154_229880000000000";
        Stub(Request.Create().WithPath($"/v23.0/{comment}/comments").UsingPost(), Json(Payloads.Read("facebook", "comment_create.json")));

        var post = await Client.PublishAsync(new PostRequest("k", "Thank you, please call 101.", comment), CancellationToken.None);

        Assert.Equal("245778718206154_229887283291835", post.PlatformPostId);
        Assert.Equal("https://www.facebook.com/245628824887810/posts/245778718206154?comment_id=229887283291835", post.Url);
        Assert.Contains("message=Thank+you%2C+please+call+101.", Sent($"/v23.0/{comment}/comments").Single().RequestMessage.Body);
    }

    [Fact]
    public async Task Image_IsUploadedUnpublishedWithAltText_ThenAttachedToTheFeedPost()
    {
        Stub(Request.Create().WithPath($"/v23.0/{PageId}/photos").UsingPost(), Json("""{"id":"555000111"}"""));
        Stub(Request.Create().WithPath($"/v23.0/{PageId}/feed").UsingPost(), Json("""{"id":"4_999"}"""));

        var post = await Client.PublishAsync(new PostRequest("k", "Missing: Sam, 14", Images: [new PostImage([1, 2, 3], "image/jpeg", "Sam in a blue coat")]), CancellationToken.None);

        Assert.Equal("4_999", post.PlatformPostId);
        var photo = Sent($"/v23.0/{PageId}/photos").Single().RequestMessage.Body!;
        Assert.Contains("Sam in a blue coat", photo);
        Assert.Contains("alt_text_custom", photo);
        var feed = Uri.UnescapeDataString(Sent($"/v23.0/{PageId}/feed", "POST").Single().RequestMessage.Body!);
        Assert.Contains("attached_media[0]={\"media_fbid\":\"555000111\"}", feed);
    }

    [Fact]
    public async Task ThrottledWithoutAnEstimate_DefersByTheDefaultWait()
    {
        Stub(Request.Create().WithPath($"/v23.0/{PageId}/feed").UsingGet(), Json(
            """{"error":{"message":"(#17) User request limit reached","type":"OAuthException","is_transient":true,"code":17,"fbtrace_id":"Abc"}}""",
            HttpStatusCode.Forbidden).WithHeader("x-app-usage", """{"call_count":100,"total_cputime":10,"total_time":12}"""));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PollMentionsAsync("1", CancellationToken.None));

        Assert.Equal(PlatformFailure.RateLimited, e.Failure);
        Assert.Equal("17", e.PlatformErrorCode);
        Assert.Equal(Clock.GetUtcNow().AddMinutes(15), e.RetryAfter);
    }
}
