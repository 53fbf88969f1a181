using System.Net;
using System.Text.Json.Nodes;
using PoliceSocial.Platforms;
using WireMock.RequestBuilders;

namespace PoliceSocial.Core.Tests.Platforms.Mastodon;

public sealed class MastodonClientTests : PlatformClientTestBase
{
    private const string Notifications = "/api/v1/notifications";

    protected override string Platform => "mastodon";

    protected override Dictionary<string, string?> Settings() => MastodonClientContractTests.MastodonSettings(BaseUrl);

    /// <summary>A mention notification made from the recorded one, with its own ids, time and HTML.</summary>
    private static JsonNode Notification(int id, string html)
    {
        var notification = JsonNode.Parse(Payloads.Read("mastodon", "notifications.json"))!.AsArray()[0]!.DeepClone();
        notification["id"] = id.ToString();
        notification["status"]!["id"] = $"1170{id:D5}";
        notification["status"]!["created_at"] = $"2026-08-01T14:{id:D2}:00.000Z";
        notification["status"]!["content"] = html;
        notification["status"]!["url"] = $"http://localhost:3000/@admin/1170{id:D5}";
        return notification;
    }

    private void StubPage(string minId, int[] ids, string? prevMinId, string host = "")
    {
        var body = new JsonArray(ids.Select(id => Notification(id, $"<p>Sighting number {id} &amp; more</p>")).ToArray());
        var response = Json(body.ToJsonString());
        if (prevMinId is not null)
        {
            var server = host.Length > 0 ? host : BaseUrl;
            response = response.WithHeader("Link",
                $"<{server}api/v1/notifications?max_id={ids[^1]}&types%5B%5D=mention>; rel=\"next\", <{server}api/v1/notifications?min_id={prevMinId}&types%5B%5D=mention>; rel=\"prev\"");
        }

        Stub(Request.Create().WithPath(Notifications).UsingGet().WithParam("min_id", minId), response);
    }

    [Fact]
    public async Task FromACursor_FollowsTheLinkHeaderToNewerPages_UntilOneIsEmpty()
    {
        StubPage("10", [12, 11], prevMinId: "12");
        StubPage("12", [14, 13], prevMinId: "14");
        StubPage("14", [], prevMinId: null);

        var poll = await Client.PollMentionsAsync("10", CancellationToken.None);

        Assert.Equal(["117000011", "117000012", "117000013", "117000014"], poll.Mentions.Select(m => m.Id));
        Assert.Equal("14", poll.NextCursor);
        Assert.Equal("Sighting number 11 & more", poll.Mentions[0].Text);
        Assert.Equal("admin", poll.Mentions[0].AuthorHandle);
        Assert.Equal(["10", "12", "14"], Sent(Notifications).Select(e => e.RequestMessage.Query!["min_id"].Single()));
        Assert.All(Sent(Notifications), e => Assert.Contains("types[]=mention", Uri.UnescapeDataString(e.RequestMessage.Url)));
    }

    [Fact]
    public async Task ALinkToAnotherServer_IsNotFollowed_SoTheTokenStaysHome()
    {
        StubPage("10", [12, 11], prevMinId: "12", host: "http://elsewhere.invalid/");

        var poll = await Client.PollMentionsAsync("10", CancellationToken.None);

        Assert.Equal(2, poll.Mentions.Count);
        Assert.Equal("12", poll.NextCursor);
        Assert.Single(Server.LogEntries);
    }

    [Fact]
    public async Task Reply_WithImage_SendsIdempotencyKey_ReplyId_AndImageDescription()
    {
        Stub(Request.Create().WithPath("/api/v2/media").UsingPost(), Json("""{"id":"22348641","type":"image","url":null,"description":"A red bicycle"}""", HttpStatusCode.Accepted));
        Stub(Request.Create().WithPath("/api/v1/statuses").UsingPost(), Json(Payloads.Read("mastodon", "create_status.json")));

        var post = await Client.PublishAsync(new PostRequest("appeal-7:mastodon:0:en", "@mastodonpy_test_2 same!", "117020583245459824",
            [new PostImage([9, 9, 9], "image/jpeg", "A red bicycle")]), CancellationToken.None);

        Assert.Equal("117020583258292382", post.PlatformPostId);
        Assert.Equal("http://localhost:3000/@admin/117020583258292382", post.Url);
        var status = Sent("/api/v1/statuses").Single().RequestMessage;
        Assert.Equal("appeal-7:mastodon:0:en", status.Headers!["Idempotency-Key"].Single());
        var body = JsonNode.Parse(status.Body!)!;
        Assert.Equal("117020583245459824", body["in_reply_to_id"]!.GetValue<string>());
        Assert.Equal(["22348641"], body["media_ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("A red bicycle", Sent("/api/v2/media").Single().RequestMessage.Body);
    }

    [Fact]
    public async Task MediaStillProcessing_IsTransient_SoThePublisherTriesAgainLater()
    {
        Stub(Request.Create().WithPath("/api/v1/statuses").UsingPost(), Json(
            """{"error":"Validation failed: Cannot attach files that have not finished processing. Try again in a moment!"}""", HttpStatusCode.UnprocessableEntity));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(new PostRequest("k", "Appeal"), CancellationToken.None));

        Assert.Equal(PlatformFailure.Unavailable, e.Failure);
    }

    [Fact]
    public async Task TooLong_IsRejected()
    {
        Stub(Request.Create().WithPath("/api/v1/statuses").UsingPost(), Json(
            """{"error":"Validation failed: Text character limit of 500 exceeded"}""", HttpStatusCode.UnprocessableEntity));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(new PostRequest("k", "Appeal"), CancellationToken.None));

        Assert.Equal(PlatformFailure.Rejected, e.Failure);
        Assert.Contains("character limit", e.Message);
    }
}
