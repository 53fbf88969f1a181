using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Core.Tests.Platforms.X;
using PoliceSocial.Mentions;
using PoliceSocial.Storage;
using PoliceSocial.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PoliceSocial.Core.Tests.Platforms;

/// <summary>
/// A real platform client inside the foundation's ingestion, on Azurite: a rate limit defers the poll until the
/// platform's reset (no sleeping, no mention lost), and overlapping polls store each mention once.
/// </summary>
public sealed class PlatformIngestionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly WireMockServer _x = WireMockServer.Start();

    [Fact]
    public async Task RateLimitedPoll_IsDeferredUntilTheReset_ThenEveryMentionIsQueuedOnce()
    {
        var storage = await azurite.CreateStorageAsync();
        var settings = XClientContractTests.XSettings(_x.Url + "/");
        await using var services = TestServices.Create(azurite, _clock, settings);
        var ingestion = services.GetRequiredService<MentionIngestion>();
        var reset = _clock.GetUtcNow().AddMinutes(12);
        const string mentions = $"/2/users/{XClientContractTests.UserId}/mentions";
        _x.Given(Request.Create().WithPath(mentions).UsingGet()).AtPriority(1).RespondWith(Response.Create()
            .WithStatusCode(HttpStatusCode.TooManyRequests).WithBody("""{"title":"Too Many Requests","status":429}""")
            .WithHeader("x-rate-limit-remaining", "0").WithHeader("x-rate-limit-reset", reset.ToUnixTimeSeconds().ToString()));

        Assert.Equal(0, await ingestion.PollAllAsync(default));
        var cursor = await services.GetRequiredService<PollCursorStore>().GetAsync("x", default);
        Assert.Equal(reset.ToUnixTimeSeconds(), cursor.NotBefore?.ToUnixTimeSeconds());

        // The limit lifts, but before the reset the platform is not even asked.
        _x.ResetMappings();
        _x.Given(Request.Create().WithPath(mentions).UsingGet()).RespondWith(Response.Create()
            .WithHeader("Content-Type", "application/json").WithBody(Payloads.Read("x", "mentions.json")));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await ingestion.PollAllAsync(default));
        Assert.Single(_x.LogEntries);

        _clock.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(10, await ingestion.PollAllAsync(default));
        Assert.Equal(0, await ingestion.PollAllAsync(default)); // the stub answers the same page again: all duplicates

        var messages = await storage.Queue(QueueNames.Mentions).ReceiveMessagesAsync(32);
        var queued = messages.Value.SelectMany(m => MentionBatch.Parse(m.Body.ToString()).Mentions).Where(m => m.Platform == "x").ToList();
        Assert.Equal(10, queued.Count);
        Assert.Equal(10, queued.Select(m => m.Id).Distinct().Count());

        // The stub always offers a next page, so the second poll is still walking back; its mark is the newest id.
        var stored = (await services.GetRequiredService<PollCursorStore>().GetAsync("x", default)).Cursor;
        Assert.Equal("1578516295611748353", PoliceSocial.Platforms.Http.PagingCursor.Parse(stored)?.Since);
    }

    public void Dispose()
    {
        _x.Stop();
        _x.Dispose();
    }
}
