using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Platforms;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PoliceSocial.Core.Tests.Platforms;

/// <summary>
/// The behaviour every platform client owes the pipeline, run against each platform's recorded responses and built
/// failures: mentions oldest first with a cursor, rate limits reported with the reset time and never retried
/// in-process, transient faults retried by the resilience policy then reported, deletes that tolerate the post
/// being gone, and no secret in any exception.
/// </summary>
public abstract class PlatformClientContract : IDisposable
{
    protected const string Secret = "s3cret-token-must-not-leak";
    private PlatformTestHost? _host;

    protected PlatformClientContract()
    {
        Server = WireMockServer.Start();
        Clock = new FakeTimeProvider(Now);
    }

    protected WireMockServer Server { get; }

    protected FakeTimeProvider Clock { get; }

    protected string BaseUrl => Server.Url! + "/";

    protected virtual DateTimeOffset Now => new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    protected IPlatformClient Client => Host.Client;

    protected PlatformTestHost Host => _host ??= new PlatformTestHost(Platform, new Dictionary<string, string?>(Settings().Concat(ExtraSettings)), Clock, ConfigureServices);

    /// <summary>Settings a test adds before its first use of <see cref="Client"/>.</summary>
    protected Dictionary<string, string?> ExtraSettings { get; } = [];

    protected abstract string Platform { get; }

    protected abstract Dictionary<string, string?> Settings();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The path polled for mentions (the first request of a poll).</summary>
    protected abstract string MentionsPath { get; }

    /// <summary>Replays the recorded mentions; returns the cursor to poll from.</summary>
    protected abstract string? StubRecordedMentions();

    /// <summary>The ids the recording holds, oldest first, and the cursor the poll should return.</summary>
    protected abstract (IReadOnlyList<string> Ids, string? NextCursor) RecordedMentions { get; }

    /// <summary>The platform's "too many requests" answer with its own reset header.</summary>
    protected abstract IResponseBuilder RateLimited(DateTimeOffset reset);

    /// <summary>Replays the recorded publish response; returns the path and the recorded post id.</summary>
    protected abstract (string Path, string PostId) StubRecordedPublish();

    /// <summary>Whether a publish request may be repeated in-process (Mastodon: Idempotency-Key).</summary>
    protected virtual bool PublishIsRepeatable => false;

    protected abstract string PostIdToDelete { get; }

    /// <summary>The request a delete sends (Bluesky deletes with a POST).</summary>
    protected abstract (string Path, string Method) DeleteRequest { get; }

    protected abstract IResponseBuilder RecordedDeleteResponse();

    /// <summary>How the platform answers a delete of a post that no longer exists.</summary>
    protected abstract IResponseBuilder DeleteOfMissingPost();

    /// <summary>Stubs the account's own recent posts; returns a text among them and its id.</summary>
    protected abstract (string Text, string Id) StubOwnRecentPosts();

    /// <summary>Stubs a token the platform no longer accepts and cannot be renewed.</summary>
    protected abstract void StubRevokedToken();

    protected int Requests(string path, string? method = null) =>
        Server.LogEntries.Count(e => e.RequestMessage.Path == path && (method is null || e.RequestMessage.Method == method));

    /// <summary>A standing answer; tests put failures in front of it with <c>AtPriority(1)</c>.</summary>
    protected void Stub(string path, IResponseBuilder response, string method = "GET") =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(10).RespondWith(response);

    protected static IResponseBuilder Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    [Fact]
    public async Task Poll_ReplaysRecordedMentions_OldestFirst()
    {
        var cursor = StubRecordedMentions();

        var poll = await Client.PollMentionsAsync(cursor, CancellationToken.None);

        Assert.Equal(RecordedMentions.Ids, poll.Mentions.Select(m => m.Id));
        Assert.Equal(RecordedMentions.NextCursor, poll.NextCursor);
        Assert.All(poll.Mentions, m =>
        {
            Assert.Equal(Platform, m.Platform);
            Assert.False(string.IsNullOrWhiteSpace(m.AuthorHandle));
            Assert.False(string.IsNullOrWhiteSpace(m.Text));
        });
        Assert.Equal(poll.Mentions.OrderBy(m => m.CreatedAt).Select(m => m.Id), poll.Mentions.Select(m => m.Id));
    }

    [Fact]
    public async Task Poll_RateLimited_ReportsResetFromHeadersWithoutRetrying()
    {
        var reset = Now.AddMinutes(13);
        Stub(MentionsPath, RateLimited(reset));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PollMentionsAsync("1", CancellationToken.None));

        Assert.Equal(PlatformFailure.RateLimited, e.Failure);
        Assert.True(e.IsTransient);
        Assert.Equal(reset.ToUnixTimeSeconds(), e.RetryAfter?.ToUnixTimeSeconds());
        Assert.Equal(1, Requests(MentionsPath));
    }

    [Fact]
    public async Task Poll_ServerErrors_RetriedByThePolicyThenUnavailable()
    {
        Stub(MentionsPath, Json("{}", HttpStatusCode.InternalServerError));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PollMentionsAsync("1", CancellationToken.None));

        Assert.Equal(PlatformFailure.Unavailable, e.Failure);
        Assert.Equal(HttpStatusCode.InternalServerError, e.StatusCode);
        Assert.Equal(1 + PlatformTestHost.MaxRetries, Requests(MentionsPath));
    }

    [Fact]
    public async Task Poll_OneServerError_IsRetriedAndSucceeds()
    {
        var cursor = StubRecordedMentions();
        Server.Given(Request.Create().WithPath(MentionsPath).UsingGet()).AtPriority(1)
            .InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Json("{}", HttpStatusCode.BadGateway));

        var poll = await Client.PollMentionsAsync(cursor, CancellationToken.None);

        Assert.Equal(RecordedMentions.Ids, poll.Mentions.Select(m => m.Id));
    }

    [Fact]
    public async Task Poll_Timeout_RetriedThenUnavailable()
    {
        ExtraSettings["Platforms:Resilience:AttemptTimeout"] = PlatformTestHost.ShortAttemptTimeout.ToString();
        Stub(MentionsPath, Json("{}").WithDelay(PlatformTestHost.ShortAttemptTimeout * 3));

        var client = Client;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<PlatformException>(() => client.PollMentionsAsync("1", CancellationToken.None));

        Assert.Equal(PlatformFailure.Unavailable, e.Failure);
        Assert.True(e.IsTransient);

        // WireMock logs only answered requests, so the retries show in the time taken: every attempt timed out.
        Assert.True(watch.Elapsed >= PlatformTestHost.ShortAttemptTimeout * (1 + PlatformTestHost.MaxRetries), $"gave up after {watch.Elapsed}");
    }

    [Fact]
    public async Task RevokedToken_IsUnauthorized_AndNoSecretInTheException()
    {
        StubRevokedToken();

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PollMentionsAsync("1", CancellationToken.None));

        Assert.Equal(PlatformFailure.Unauthorized, e.Failure);
        Assert.False(e.IsTransient);
        Assert.DoesNotContain(Secret, e.ToString());
        foreach (var value in Settings().Values.Where(v => v is not null && v.Contains("secret", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.DoesNotContain(value!, e.ToString());
        }
    }

    [Fact]
    public async Task Publish_ReturnsTheRecordedPost()
    {
        var (path, postId) = StubRecordedPublish();

        var post = await Client.PublishAsync(new PostRequest("appeal-1:x:0:en", "Can you help find Sam, 14?"), CancellationToken.None);

        Assert.Equal(postId, post.PlatformPostId);
        Assert.False(string.IsNullOrEmpty(post.Url));
        var sent = Server.LogEntries.Single(e => e.RequestMessage.Path == path && e.RequestMessage.Method == "POST");
        Assert.Contains("Can you help find Sam, 14?", Uri.UnescapeDataString(sent.RequestMessage.Body!.Replace('+', ' ')));
    }

    [Fact]
    public async Task Publish_ServerError_IsTransient_AndOnlyRepeatedWhenIdempotent()
    {
        var (path, _) = StubRecordedPublish();
        Server.Given(Request.Create().WithPath(path).UsingPost()).AtPriority(1).RespondWith(Json("{}", HttpStatusCode.ServiceUnavailable));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(new PostRequest("k", "Appeal"), CancellationToken.None));

        Assert.Equal(PlatformFailure.Unavailable, e.Failure);
        Assert.Equal(PublishIsRepeatable ? 1 + PlatformTestHost.MaxRetries : 1, Requests(path, "POST"));
    }

    [Fact]
    public async Task Publish_RateLimited_ReportsReset()
    {
        var (path, _) = StubRecordedPublish();
        var reset = Now.AddHours(2);
        Server.Given(Request.Create().WithPath(path).UsingPost()).AtPriority(1).RespondWith(RateLimited(reset));

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.PublishAsync(new PostRequest("k", "Appeal"), CancellationToken.None));

        Assert.Equal(PlatformFailure.RateLimited, e.Failure);
        Assert.Equal(reset.ToUnixTimeSeconds(), e.RetryAfter?.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Delete_FailsOnceThenSucceeds_WithinOneCall()
    {
        var (path, method) = DeleteRequest;
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario("delete").WillSetStateTo("failed")
            .RespondWith(Json("{}", HttpStatusCode.ServiceUnavailable));
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario("delete").WhenStateIs("failed")
            .RespondWith(RecordedDeleteResponse());

        await Client.DeleteAsync(PostIdToDelete, CancellationToken.None);

        Assert.Equal(2, Requests(path, method));
    }

    [Fact]
    public async Task Delete_FailsThroughAnOutage_ThenSucceedsWhenCalledAgain()
    {
        var (path, method) = DeleteRequest;
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(1).RespondWith(Json("{}", HttpStatusCode.InternalServerError));
        Stub(path, RecordedDeleteResponse(), method);

        var e = await Assert.ThrowsAsync<PlatformException>(() => Client.DeleteAsync(PostIdToDelete, CancellationToken.None));
        Assert.True(e.IsTransient);

        Server.DeleteMapping(Server.Mappings.Single(m => m.Priority == 1).Guid);
        await Client.DeleteAsync(PostIdToDelete, CancellationToken.None);
        Assert.Equal(1 + PlatformTestHost.MaxRetries + 1, Requests(path, method));
    }

    [Fact]
    public async Task Delete_OfAPostAlreadyGone_Succeeds()
    {
        var (path, method) = DeleteRequest;
        Stub(path, DeleteOfMissingPost(), method);

        await Client.DeleteAsync(PostIdToDelete, CancellationToken.None);

        Assert.Equal(1, Requests(path, method));
    }

    [Fact]
    public async Task FindRecentPost_FindsTheAccountsOwnPostBySameText()
    {
        var (text, id) = StubOwnRecentPosts();

        var found = await Client.FindRecentPostAsync(new PostRequest("k", text), CancellationToken.None);
        var notFound = await Client.FindRecentPostAsync(new PostRequest("k", "A text this account never posted"), CancellationToken.None);

        Assert.Equal(id, found?.PlatformPostId);
        Assert.Null(notFound);
    }

    public void Dispose()
    {
        _host?.Dispose();
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
