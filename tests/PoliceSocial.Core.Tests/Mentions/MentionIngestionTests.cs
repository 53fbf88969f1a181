using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms.Local;
using PoliceSocial.Storage;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests.Mentions;

public sealed class MentionIngestionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_mention_seen_in_two_polls_is_queued_once()
    {
        var storage = await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock);
        var local = services.GetRequiredService<LocalPlatformClient>();
        var ingestion = services.GetRequiredService<MentionIngestion>();

        await local.InjectAsync(new LocalMention("alice", "first", Id: "m1"), default);
        await local.InjectAsync(new LocalMention("bob", "second", Id: "m2"), default);
        Assert.Equal(2, await ingestion.PollAllAsync(default));

        // The same mention arrives again (a platform re-delivers it, or polls overlap).
        await local.InjectAsync(new LocalMention("alice", "first", Id: "m1"), default);
        Assert.Equal(0, await ingestion.PollAllAsync(default));

        var messages = await storage.Queue(QueueNames.Mentions).ReceiveMessagesAsync(32);
        var queued = messages.Value.SelectMany(m => MentionBatch.Parse(m.Body.ToString()).Mentions).Select(m => m.Id).ToList();
        Assert.Equal(["m1", "m2"], queued);
    }

    [Fact]
    public async Task A_mention_stranded_by_a_crash_before_queueing_is_queued_again_later()
    {
        var storage = await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock);
        var ledger = services.GetRequiredService<MentionLedger>();
        var mention = new Mention("local", "m9", "carol", "text", _clock.GetUtcNow());

        // Recorded in the ledger but (a crash) never queued.
        Assert.Single(await ledger.RecordAsync([mention], default));
        Assert.Empty(await ledger.RecordAsync([mention], default));

        _clock.Advance(MentionLedger.RequeueAfter + TimeSpan.FromMinutes(1));
        Assert.Single(await ledger.RecordAsync([mention], default));
        Assert.Empty(await ledger.RecordAsync([mention], default));
    }
}
