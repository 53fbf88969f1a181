using System.Net;
using System.Text.Json;
using PoliceSocial.Appeals;
using PoliceSocial.Core.Tests.Platforms;
using PoliceSocial.Core.Tests.Platforms.Bluesky;
using PoliceSocial.Core.Tests.Platforms.Facebook;
using PoliceSocial.Core.Tests.Platforms.Mastodon;
using PoliceSocial.Core.Tests.Platforms.X;
using PoliceSocial.Storage;
using PoliceSocial.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PoliceSocial.Core.Tests.Appeals;

/// <summary>
/// An appeal published on X, Mastodon, Bluesky and Facebook through the real clients (WireMock replays of the
/// platforms' recorded answers) is deleted on every one when resolved, and a platform that refuses the delete is
/// retried until it confirms.
/// </summary>
public sealed class TakeDownEverywhereTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private const string XPostId = "1456012973835788293";
    private const string MastodonPostId = "117020583258292382";
    private const string BlueskyPostId = "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lpres4gwbf27";
    private const string FacebookPostId = "245778718206154_229887283291835";

    private readonly WireMockServer _x = WireMockServer.Start();
    private readonly WireMockServer _mastodon = WireMockServer.Start();
    private readonly WireMockServer _bluesky = WireMockServer.Start();
    private readonly WireMockServer _facebook = WireMockServer.Start();

    [Fact]
    public async Task Resolving_deletes_the_appeal_on_every_platform_retrying_until_each_confirms()
    {
        StubPublishing();
        StubDeletes(facebookRefuses: true);
        var settings = new Dictionary<string, string?>
        {
            ["Platforms:Local:Enabled"] = "false",
            ["Platforms:Resilience:MaxRetries"] = "1",
            ["Platforms:Resilience:FirstRetryDelay"] = "00:00:00",
            ["Platforms:Resilience:AttemptTimeout"] = "00:00:10",
            ["Platforms:Resilience:TotalTimeout"] = "00:00:20",
        };
        foreach (var (key, value) in XClientContractTests.XSettings(_x.Url + "/")
                     .Concat(MastodonClientContractTests.MastodonSettings(_mastodon.Url + "/"))
                     .Concat(BlueskyClientContractTests.BlueskySettings(_bluesky.Url + "/"))
                     .Concat(FacebookClientContractTests.FacebookSettings(_facebook.Url + "/")))
        {
            settings[key] = value;
        }

        await using var desk = await AppealDesk.CreateAsync(azurite, settings: settings);
        var submission = AppealDesk.Submission(desk.Clock.GetUtcNow());
        submission.Platforms = ["x", "mastodon", "bluesky", "facebook"];
        var appeal = await desk.SubmitAndApproveAsync(submission);

        Assert.Equal(4, await desk.RunPublishingAsync());
        var published = (await desk.Appeals.ListPublicationsAsync(appeal.Id, default)).ToDictionary(p => p.Platform, p => p.PlatformPostId);
        Assert.Equal(new Dictionary<string, string?> { ["x"] = XPostId, ["mastodon"] = MastodonPostId, ["bluesky"] = BlueskyPostId, ["facebook"] = FacebookPostId }, published);

        await desk.Workflow.ResolveAsync(appeal.Id, null, AppealDesk.Author, default);
        await desk.DrainTakeDownsAsync();

        // Three platforms confirmed; Facebook refused, so its take-down waits on the queue and the appeal is not done.
        Assert.Equal(nameof(AppealStatus.Resolved), (await desk.Appeals.FindAsync(appeal.Id, default))!.Status);
        Assert.Equal(1, await desk.CountAsync(QueueNames.TakeDown));
        Assert.Single(_x.LogEntries, e => e.RequestMessage.Method == "DELETE" && e.RequestMessage.Path == $"/2/tweets/{XPostId}");
        Assert.Single(_mastodon.LogEntries, e => e.RequestMessage.Method == "DELETE" && e.RequestMessage.Path == $"/api/v1/statuses/{MastodonPostId}");
        var blueskyDelete = Assert.Single(_bluesky.LogEntries, e => e.RequestMessage.Path == "/xrpc/com.atproto.repo.deleteRecord");
        Assert.Contains("3lpres4gwbf27", blueskyDelete.RequestMessage.Body);

        // Facebook recovers; the delayed retry (delivered here directly) confirms the last delete.
        StubDeletes(facebookRefuses: false);
        await desk.TakeDown.HandleAsync(JsonSerializer.Serialize(new TakeDownRequest(appeal.Id, "facebook", 2), Json.Options), default);

        Assert.Equal(nameof(AppealStatus.TakenDown), (await desk.Appeals.FindAsync(appeal.Id, default))!.Status);
        Assert.All(await desk.Appeals.ListPublicationsAsync(appeal.Id, default), p => Assert.Equal(PublicationState.Deleted, p.State));
        Assert.Contains(_facebook.LogEntries, e => e.RequestMessage.Method == "DELETE" && e.RequestMessage.Path == $"/v23.0/{FacebookPostId}"
                                                   && e.ResponseMessage.StatusCode is 200);
    }

    public void Dispose()
    {
        _x.Stop();
        _mastodon.Stop();
        _bluesky.Stop();
        _facebook.Stop();
    }

    private void StubPublishing()
    {
        Stub(_x, "/2/tweets", "POST", Payloads.Read("x", "create_tweet.json"), HttpStatusCode.Created);
        Stub(_mastodon, "/api/v1/statuses", "POST", Payloads.Read("mastodon", "create_status.json"));
        Stub(_bluesky, "/xrpc/com.atproto.server.createSession", "POST", BlueskyClientContractTests.Session("access-jwt", "refresh-jwt"));
        Stub(_bluesky, "/xrpc/com.atproto.repo.createRecord", "POST", Payloads.Read("bluesky", "create_record.json"));
        Stub(_facebook, $"/v23.0/{FacebookClientContractTests.PageId}/feed", "POST", Payloads.Read("facebook", "comment_create.json"));
    }

    private void StubDeletes(bool facebookRefuses)
    {
        Stub(_x, $"/2/tweets/{XPostId}", "DELETE", Payloads.Read("x", "delete_tweet.json"));
        Stub(_mastodon, $"/api/v1/statuses/{MastodonPostId}", "DELETE", Payloads.Read("mastodon", "delete_status.json"));
        Stub(_bluesky, "/xrpc/com.atproto.repo.deleteRecord", "POST", Payloads.Read("bluesky", "delete_record.json"));
        Stub(_facebook, $"/v23.0/{FacebookPostId}", "DELETE",
            facebookRefuses ? """{"error":{"message":"An unexpected error has occurred.","type":"OAuthException","code":2,"is_transient":true}}""" : """{"success":true}""",
            facebookRefuses ? HttpStatusCode.InternalServerError : HttpStatusCode.OK);
    }

    private static void Stub(WireMockServer server, string path, string method, string body, HttpStatusCode status = HttpStatusCode.OK) =>
        server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
}
