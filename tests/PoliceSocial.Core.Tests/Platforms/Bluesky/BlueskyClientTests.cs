using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PoliceSocial.Platforms;
using WireMock.RequestBuilders;

namespace PoliceSocial.Core.Tests.Platforms.Bluesky;

public sealed class BlueskyClientTests : PlatformClientTestBase
{
    private const string Notifications = "/xrpc/app.bsky.notification.listNotifications";
    private const string CreateSession = "/xrpc/com.atproto.server.createSession";
    private const string RefreshSession = "/xrpc/com.atproto.server.refreshSession";
    private readonly Dictionary<string, string?> _extra = [];

    protected override string Platform => "bluesky";

    protected override Dictionary<string, string?> Settings() => new(BlueskyClientContractTests.BlueskySettings(BaseUrl).Concat(_extra));

    private static readonly string Expired = """{"error":"ExpiredToken","message":"Token has expired"}""";

    [Fact]
    public async Task ExpiredAccessToken_RefreshesTheSession_AndRetriesTheCall()
    {
        Stub(Request.Create().WithPath(CreateSession).UsingPost(), Json(BlueskyClientContractTests.Session("access-1", "refresh-1")));
        Stub(Request.Create().WithPath(RefreshSession).UsingPost().WithHeader("Authorization", "Bearer refresh-1"),
            Json(BlueskyClientContractTests.Session("access-2", "refresh-2")));
        Stub(Request.Create().WithPath(Notifications).UsingGet(), Json(Expired, HttpStatusCode.BadRequest));
        Stub(Request.Create().WithPath(Notifications).UsingGet().WithHeader("Authorization", "Bearer access-2"),
            Json(Payloads.Read("bluesky", "list_notifications.json")), priority: 1);

        var poll = await Client.PollMentionsAsync(null, CancellationToken.None);

        Assert.Equal(18, poll.Mentions.Count);
        Assert.Single(Sent(CreateSession));
        Assert.Single(Sent(RefreshSession));
        Assert.DoesNotContain("app-password-secret", string.Join("|", Sent(Notifications).Select(e => e.RequestMessage.Url)));
    }

    [Fact]
    public async Task RefreshTokenAlsoExpired_LogsInAgainWithTheAppPassword()
    {
        Server.Given(Request.Create().WithPath(CreateSession).UsingPost()).InScenario("login").WillSetStateTo("second")
            .RespondWith(Json(BlueskyClientContractTests.Session("access-1", "refresh-1")));
        Server.Given(Request.Create().WithPath(CreateSession).UsingPost()).InScenario("login").WhenStateIs("second")
            .RespondWith(Json(BlueskyClientContractTests.Session("access-3", "refresh-3")));
        Stub(Request.Create().WithPath(RefreshSession).UsingPost(), Json(Expired, HttpStatusCode.BadRequest));
        Stub(Request.Create().WithPath(Notifications).UsingGet(), Json(Expired, HttpStatusCode.BadRequest));
        Stub(Request.Create().WithPath(Notifications).UsingGet().WithHeader("Authorization", "Bearer access-3"),
            Json(Payloads.Read("bluesky", "list_notifications.json")), priority: 1);

        var poll = await Client.PollMentionsAsync(null, CancellationToken.None);

        Assert.Equal(18, poll.Mentions.Count);
        Assert.Equal(2, Sent(CreateSession).Count);
    }

    private static JsonNode Notification(string rkey, string reason, string indexedAt)
    {
        var template = JsonNode.Parse(Payloads.Read("bluesky", "list_notifications.json"))!["notifications"]!.AsArray()
            .First(n => n!["reason"]!.GetValue<string>() == "mention")!.DeepClone();
        template["uri"] = $"at://did:plc:lprqqpoyjspuma25n5gofocf/app.bsky.feed.post/{rkey}";
        template["reason"] = reason;
        template["indexedAt"] = indexedAt;
        template["record"]!["createdAt"] = indexedAt;
        template["record"]!["text"] = $"@examplepolice.bsky.social seen near the station ({rkey})";
        return template;
    }

    private void StubPage(string? cursor, JsonNode[] notifications, string? next)
    {
        var body = new JsonObject { ["notifications"] = new JsonArray(notifications) };
        if (next is not null)
        {
            body["cursor"] = next;
        }

        var request = Request.Create().WithPath(Notifications).UsingGet();
        Stub(cursor is null ? request : request.WithParam("cursor", cursor), Json(body.ToJsonString()), cursor is null ? 10 : 5);
    }

    [Fact]
    public async Task ABacklog_IsWalkedBackAcrossPolls_UntilThePreviousMark()
    {
        _extra["Platforms:Bluesky:MaxPages"] = "1";
        Stub(Request.Create().WithPath(CreateSession).UsingPost(), Json(BlueskyClientContractTests.Session("access-1", "refresh-1")));
        StubPage(null, [Notification("p5", "mention", "2025-05-10T10:00:00.000Z"), Notification("l4", "like", "2025-05-09T10:00:00.000Z")], next: "c2");
        StubPage("c2", [Notification("p3", "reply", "2025-05-05T10:00:00.000Z"), Notification("p2", "quote", "2025-04-20T10:00:00.000Z")], next: "c3");

        var first = await Client.PollMentionsAsync("2025-05-01T00:00:00.000Z", CancellationToken.None);
        var second = await Client.PollMentionsAsync(first.NextCursor, CancellationToken.None);

        Assert.Equal(["at://did:plc:lprqqpoyjspuma25n5gofocf/app.bsky.feed.post/p5"], first.Mentions.Select(m => m.Id));
        Assert.Equal(["at://did:plc:lprqqpoyjspuma25n5gofocf/app.bsky.feed.post/p3"], second.Mentions.Select(m => m.Id));
        Assert.Equal("2025-05-10T10:00:00.000Z", second.NextCursor);
        Assert.Contains("mention", Sent(Notifications)[0].RequestMessage.Query!["reasons"]);
        Assert.Equal("https://bsky.app/profile/josephjefe.bsky.social/post/p5", first.Mentions[0].Url);
    }

    [Fact]
    public async Task Reply_WithMentionLinkAndImage_ComputesByteFacets_AndNamesRootAndParent()
    {
        Stub(Request.Create().WithPath(CreateSession).UsingPost(), Json(BlueskyClientContractTests.Session("access-1", "refresh-1")));
        Stub(Request.Create().WithPath("/xrpc/com.atproto.identity.resolveHandle").UsingGet(), Json(Payloads.Read("bluesky", "resolve_handle.json")));
        Stub(Request.Create().WithPath("/xrpc/com.atproto.repo.getRecord").UsingGet(), Json(Payloads.Read("bluesky", "get_record.json")));
        Stub(Request.Create().WithPath("/xrpc/com.atproto.repo.uploadBlob").UsingPost(), Json(Payloads.Read("bluesky", "upload_blob.json")));
        Stub(Request.Create().WithPath("/xrpc/com.atproto.repo.createRecord").UsingPost(), Json(Payloads.Read("bluesky", "create_record.json")));
        const string parent = "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3kexwuoyqj32g";
        const string text = "🚨 Diolch @bskyr.bsky.social — manylion: https://example.police.uk/apêl";

        var post = await Client.PublishAsync(new PostRequest("k", text, parent, [new PostImage([1, 2], "image/png", "Map of the search area")]), CancellationToken.None);

        Assert.Equal("at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lpres4gwbf27", post.PlatformPostId);
        Assert.Equal("https://bsky.app/profile/bskyr.bsky.social/post/3lpres4gwbf27", post.Url);
        var sent = JsonNode.Parse(Sent("/xrpc/com.atproto.repo.createRecord").Single().RequestMessage.Body!)!;
        Assert.Equal("did:plc:5c2r73erhng4bszmxlfdtscf", sent["repo"]!.GetValue<string>());
        var record = sent["record"]!;
        Assert.Equal(text, record["text"]!.GetValue<string>());
        var bytes = Encoding.UTF8.GetBytes(text);
        var facets = record["facets"]!.AsArray();
        string Slice(JsonNode facet) => Encoding.UTF8.GetString(bytes,
            facet["index"]!["byteStart"]!.GetValue<int>(), facet["index"]!["byteEnd"]!.GetValue<int>() - facet["index"]!["byteStart"]!.GetValue<int>());
        Assert.Equal("@bskyr.bsky.social", Slice(facets[0]!));
        Assert.Equal(12, facets[0]!["index"]!["byteStart"]!.GetValue<int>()); // 🚨 is 4 bytes: 4 + " Diolch " 8
        Assert.Equal("did:plc:5c2r73erhng4bszmxlfdtscf", facets[0]!["features"]![0]!["did"]!.GetValue<string>());
        Assert.Equal("https://example.police.uk/apêl", Slice(facets[1]!));
        Assert.Equal("https://example.police.uk/apêl", facets[1]!["features"]![0]!["uri"]!.GetValue<string>());
        Assert.Equal(parent, record["reply"]!["parent"]!["uri"]!.GetValue<string>());
        Assert.Equal(parent, record["reply"]!["root"]!["uri"]!.GetValue<string>());
        Assert.Equal("bafyreid4i763c2iyr6adhmgriiisz2p7gleztu7tn66pfrl3qhe4hgoyny", record["reply"]!["parent"]!["cid"]!.GetValue<string>());
        var image = record["embed"]!["images"]![0]!;
        Assert.Equal("Map of the search area", image["alt"]!.GetValue<string>());
        Assert.Equal("bafkreiak7tto2scyh6arlg3igu2snhg6fgytn22ett63vvylys2kui2rxq", image["image"]!["ref"]!["$link"]!.GetValue<string>());
    }

    [Fact]
    public async Task TooLong_RecordedRefusalIsRejected_WithBlueskysErrorCode()
    {
        Stub(Request.Create().WithPath(CreateSession).UsingPost(), Json(BlueskyClientContractTests.Session("access-1", "refresh-1")));
        Stub(Request.Create().WithPath("/xrpc/com.atproto.repo.createRecord").UsingPost(),
            Json(Payloads.Read("bluesky", "create_record_too_long.json"), HttpStatusCode.BadRequest));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(new PostRequest("k", new string('a', 301)), CancellationToken.None));

        Assert.Equal(PlatformFailure.Rejected, e.Failure);
        Assert.Equal("InvalidRequest", e.PlatformErrorCode);
        Assert.Contains("300 graphemes", e.Message);
    }
}
