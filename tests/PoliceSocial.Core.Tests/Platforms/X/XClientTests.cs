using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PoliceSocial.Platforms;
using PoliceSocial.Platforms.Http;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace PoliceSocial.Core.Tests.Platforms.X;

public sealed class XClientTests : PlatformClientTestBase
{
    private const string Mentions = $"/2/users/{XClientContractTests.UserId}/mentions";
    private readonly Dictionary<string, string?> _extra = [];

    protected override string Platform => "x";

    protected override Dictionary<string, string?> Settings() =>
        new(XClientContractTests.XSettings(BaseUrl).Concat(_extra));

    private void StubTokenEndpoint(string refreshToken, string newAccess, string newRefresh) =>
        Stub(Request.Create().WithPath("/2/oauth2/token").UsingPost().WithBody(new RegexMatcher($"refresh_token={refreshToken}(&|$)")),
            Json($$"""{"token_type":"bearer","expires_in":7200,"access_token":"{{newAccess}}","scope":"tweet.read tweet.write users.read offline.access","refresh_token":"{{newRefresh}}"}"""));

    private void StubMentionsFor(string accessToken) =>
        Stub(Request.Create().WithPath(Mentions).UsingGet().WithHeader("Authorization", $"Bearer {accessToken}"),
            Json(Payloads.Read("x", "mentions.json")), priority: 1);

    [Fact]
    public async Task ExpiredToken_IsRefreshed_TheRotatedRefreshTokenKept_AndTheCallRetried()
    {
        Stub(Request.Create().WithPath(Mentions).UsingGet(), Json("""{"title":"Unauthorized","status":401}""", HttpStatusCode.Unauthorized));
        StubTokenEndpoint("refresh-secret-1", "access-2", "refresh-2");
        StubMentionsFor("access-2");

        var poll = await Client.PollMentionsAsync(null, CancellationToken.None);

        Assert.Equal(10, poll.Mentions.Count);
        Assert.Equal(2, Sent(Mentions).Count);
        var refresh = Assert.Single(Sent("/2/oauth2/token"));
        Assert.Contains("grant_type=refresh_token", refresh.RequestMessage.Body);
        Assert.Contains("client_id=client-id", refresh.RequestMessage.Body);
        Assert.Equal("refresh-2", await Host.Get<IPlatformTokenStore>().GetRefreshTokenAsync("x", CancellationToken.None));
    }

    [Fact]
    public async Task TokenAboutToExpire_IsRefreshedBeforeTheCall_WithTheRotatedRefreshToken()
    {
        Stub(Request.Create().WithPath(Mentions).UsingGet(), Json("""{"title":"Unauthorized","status":401}""", HttpStatusCode.Unauthorized));
        StubTokenEndpoint("refresh-secret-1", "access-2", "refresh-2");
        StubTokenEndpoint("refresh-2", "access-3", "refresh-3");
        StubMentionsFor("access-2");
        StubMentionsFor("access-3");

        await Client.PollMentionsAsync(null, CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(119.5));
        await Client.PollMentionsAsync(null, CancellationToken.None);

        Assert.Equal(2, Sent("/2/oauth2/token").Count);
        Assert.Single(Sent(Mentions), e => e.RequestMessage.Headers!["Authorization"].Single() == "Bearer access-3");
        Assert.Single(Sent(Mentions), e => e.ResponseMessage.StatusCode is 401);
        Assert.Equal("refresh-3", await Host.Get<IPlatformTokenStore>().GetRefreshTokenAsync("x", CancellationToken.None));
    }

    [Fact]
    public async Task ABacklogLongerThanThePageLimit_CarriesOnAtTheNextPoll_WithoutAGap()
    {
        _extra["Platforms:X:MaxPages"] = "2";
        StubPage(null, ["105", "104"], next: "p2");
        StubPage("p2", ["103", "102"], next: "p3");
        StubPage("p3", ["101"], next: null);
        Stub(Request.Create().WithPath(Mentions).UsingGet().WithParam("since_id", "105"), Json("""{"meta":{"result_count":0}}"""), priority: 1);

        var first = await Client.PollMentionsAsync("100", CancellationToken.None);
        var second = await Client.PollMentionsAsync(first.NextCursor, CancellationToken.None);
        var third = await Client.PollMentionsAsync(second.NextCursor, CancellationToken.None);

        Assert.Equal(["102", "103", "104", "105"], first.Mentions.Select(m => m.Id));
        Assert.Equal(["101"], second.Mentions.Select(m => m.Id));
        Assert.Equal("105", second.NextCursor);
        Assert.Empty(third.Mentions);
        Assert.Equal("105", third.NextCursor);
        Assert.Equal(["100", "100", "100", "105"], Sent(Mentions).Select(e => e.RequestMessage.Query!["since_id"].Single()));
        var mention = first.Mentions[0];
        Assert.Equal("force_watcher", mention.AuthorHandle);
        Assert.Equal("9001", mention.AuthorId);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 1, 2, 0, TimeSpan.Zero), mention.CreatedAt);
        Assert.Equal("conv-1", mention.ConversationId);
        Assert.Equal("99", mention.InReplyToId);
        Assert.Equal("cy", mention.Language);
        Assert.Equal("https://x.com/force_watcher/status/102", mention.Url);
    }

    private void StubPage(string? token, string[] ids, string? next)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject
            {
                ["id"] = id,
                ["text"] = $"@ExamplePolice sighting {id}",
                ["author_id"] = "9001",
                ["created_at"] = $"2026-11-25T01:{int.Parse(id) - 100:00}:00.000Z",
                ["conversation_id"] = "conv-1",
                ["lang"] = "cy",
                ["referenced_tweets"] = new JsonArray(new JsonObject { ["type"] = "replied_to", ["id"] = "99" }),
            }).ToArray()),
            ["includes"] = new JsonObject { ["users"] = new JsonArray(new JsonObject { ["id"] = "9001", ["username"] = "force_watcher" }) },
            ["meta"] = new JsonObject { ["newest_id"] = ids[0], ["oldest_id"] = ids[^1], ["result_count"] = ids.Length },
        };
        if (next is not null)
        {
            body["meta"]!["next_token"] = next;
        }

        var request = Request.Create().WithPath(Mentions).UsingGet();
        Stub(token is null ? request : request.WithParam("pagination_token", token), Json(body.ToJsonString()), token is null ? 10 : 5);
    }

    [Fact]
    public async Task DailyPostCapSpent_DefersUntilThe24HourReset()
    {
        var windowReset = Clock.GetUtcNow().AddMinutes(15);
        var dailyReset = Clock.GetUtcNow().AddHours(20);
        Stub(Request.Create().WithPath("/2/tweets").UsingPost(),
            Json("""{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""", HttpStatusCode.TooManyRequests)
                .WithHeader("x-rate-limit-remaining", "40").WithHeader("x-rate-limit-reset", windowReset.ToUnixTimeSeconds().ToString())
                .WithHeader("x-user-limit-24hour-remaining", "0").WithHeader("x-user-limit-24hour-reset", dailyReset.ToUnixTimeSeconds().ToString()));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(new PostRequest("k", "Appeal"), CancellationToken.None));

        Assert.Equal(PlatformFailure.RateLimited, e.Failure);
        Assert.Equal(dailyReset.ToUnixTimeSeconds(), e.RetryAfter?.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Reply_WithImage_UploadsItWithAltText_ThenReplies()
    {
        Stub(Request.Create().WithPath("/2/media/upload").UsingPost(),
            Json("""{"data":{"id":"1880028106020515840","media_key":"3_1880028106020515840","size":4,"expires_after_secs":86400}}"""));
        Stub(Request.Create().WithPath("/2/media/metadata").UsingPost(), Json("""{"data":{"id":"1880028106020515840"}}"""));
        Stub(Request.Create().WithPath("/2/tweets").UsingPost(), Json(Payloads.Read("x", "create_tweet.json"), HttpStatusCode.Created));

        var post = await Client.PublishAsync(new PostRequest("k", "Thank you, Sam has been found.", "1578516295611748353",
            [new PostImage([1, 2, 3, 4], "image/png", "Sam, smiling, in a blue school jumper")]), CancellationToken.None);

        Assert.Equal("1456012973835788293", post.PlatformPostId);
        Assert.Equal("https://x.com/ExamplePolice/status/1456012973835788293", post.Url);
        var metadata = JsonNode.Parse(Sent("/2/media/metadata").Single().RequestMessage.Body!)!;
        Assert.Equal("1880028106020515840", metadata["id"]!.GetValue<string>());
        Assert.Equal("Sam, smiling, in a blue school jumper", metadata["metadata"]!["alt_text"]!["text"]!.GetValue<string>());
        var tweet = JsonNode.Parse(Sent("/2/tweets").Single().RequestMessage.Body!)!;
        Assert.Equal("1578516295611748353", tweet["reply"]!["in_reply_to_tweet_id"]!.GetValue<string>());
        Assert.Equal(["1880028106020515840"], tweet["media"]!["media_ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("media_category", Sent("/2/media/upload").Single().RequestMessage.Body);
    }

    [Fact]
    public async Task DuplicateContent_IsRejected_NotUnauthorized()
    {
        Stub(Request.Create().WithPath("/2/tweets").UsingPost(), Json(
            """{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}""",
            HttpStatusCode.Forbidden));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(new PostRequest("k", "Appeal"), CancellationToken.None));

        Assert.Equal(PlatformFailure.Rejected, e.Failure);
        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
    }

    [Fact]
    public async Task AltTextOverTheLimit_IsRejectedBeforeAnythingIsSent()
    {
        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(
            new PostRequest("k", "Appeal", Images: [new PostImage([1], "image/png", new string('a', 1001))]), CancellationToken.None));

        Assert.Equal(PlatformFailure.Rejected, e.Failure);
        Assert.Empty(Server.LogEntries);
    }
}
