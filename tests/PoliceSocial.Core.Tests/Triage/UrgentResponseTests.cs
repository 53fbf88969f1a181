using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms.Local;
using PoliceSocial.Storage;
using PoliceSocial.Testing;
using PoliceSocial.Triage;

namespace PoliceSocial.Core.Tests.Triage;

/// <summary>Urgent mentions through the real triage on Azurite: the alert, and the one 999 reply per conversation.</summary>
public sealed class UrgentResponseTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 23, 10, 0, TimeSpan.Zero));

    private static readonly Dictionary<string, string?> AutoReplyOn = new() { ["Alerts:AutoReply:Enabled"] = "true" };

    [Fact]
    public async Task An_urgent_mention_raises_one_alert_and_gets_one_999_reply()
    {
        var storage = await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock, AutoReplyOn);
        var triage = services.GetRequiredService<MentionTriage>();
        var mention = Mention("m1", "conv-1", "There's a man with a knife outside the Spar on Bridge Street right now, hurry");

        await triage.TriageAsync(mention, default);
        await triage.TriageAsync(mention, default); // the batch is retried

        var alert = Assert.Single(await AlertsAsync(storage));
        Assert.Equal(UrgentAlert.UrgentMention, alert.Kind);
        Assert.Equal("m1", alert.ReferenceId);
        Assert.Contains("knife", alert.Summary);

        var reply = Assert.Single(await services.GetRequiredService<LocalPlatformClient>().ListPublishedAsync(default));
        Assert.Contains("999", reply.Text);
        Assert.Contains("call 999", reply.Text);

        var stored = await storage.Table(TableNames.Mentions).GetEntityAsync<MentionEntity>("local", "m1");
        Assert.True(stored.Value.Urgent);
        Assert.Equal("en", stored.Value.Language);
    }

    [Fact]
    public async Task A_second_urgent_mention_in_the_same_conversation_gets_an_alert_but_no_second_reply()
    {
        var storage = await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock, AutoReplyOn);
        var triage = services.GetRequiredService<MentionTriage>();

        await triage.TriageAsync(Mention("m1", "conv-7", "Someone is breaking into my neighbour's house right now, 4 Birch Close"), default);
        await triage.TriageAsync(Mention("m2", "conv-7", "They're still inside and one has a knife, please hurry"), default);
        await triage.TriageAsync(Mention("m3", "conv-8", "Man being attacked outside the station right now, he's on the floor"), default);

        Assert.Equal(3, (await AlertsAsync(storage)).Count);
        var replies = await services.GetRequiredService<LocalPlatformClient>().ListPublishedAsync(default);
        Assert.Equal(2, replies.Count);
        Assert.Equal(["urgent-reply:local:conv-7", "urgent-reply:local:conv-8"], replies.Select(r => r.IdempotencyKey).Order());
    }

    [Fact]
    public async Task Concurrent_urgent_mentions_in_one_conversation_never_get_two_replies()
    {
        await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock, AutoReplyOn);
        var response = services.GetRequiredService<UrgentResponse>();

        var replied = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            response.ReplyOnceAsync(Mention($"m{i}", "conv-race", "help"), "en", default)));

        Assert.Equal(1, replied.Count(r => r));
        Assert.Single(await services.GetRequiredService<LocalPlatformClient>().ListPublishedAsync(default));
    }

    [Fact]
    public async Task A_welsh_urgent_mention_gets_the_reply_in_welsh()
    {
        await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock, AutoReplyOn);

        await services.GetRequiredService<MentionTriage>().TriageAsync(
            Mention("m1", "conv-cy", "Help! Mae dyn gyda chyllell tu allan i'r tŷ, dewch nawr plis"), default);

        var reply = Assert.Single(await services.GetRequiredService<LocalPlatformClient>().ListPublishedAsync(default));
        Assert.Contains("ffoniwch 999", reply.Text);
    }

    [Fact]
    public async Task Without_the_force_turning_it_on_there_is_an_alert_but_no_public_reply()
    {
        var storage = await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock);

        await services.GetRequiredService<MentionTriage>().TriageAsync(
            Mention("m1", "conv-1", "There's a man with a knife outside the Spar on Bridge Street right now"), default);

        Assert.Single(await AlertsAsync(storage));
        Assert.Empty(await services.GetRequiredService<LocalPlatformClient>().ListPublishedAsync(default));
    }

    [Fact]
    public async Task A_mention_that_is_not_urgent_raises_nothing()
    {
        var storage = await azurite.CreateStorageAsync();
        await using var services = TestServices.Create(azurite, _clock, AutoReplyOn);

        await services.GetRequiredService<MentionTriage>().TriageAsync(
            Mention("m1", "conv-1", "Thanks to the officers at the carnival today, brilliant job"), default);

        Assert.Empty(await AlertsAsync(storage));
        Assert.Empty(await services.GetRequiredService<LocalPlatformClient>().ListPublishedAsync(default));
    }

    private Mention Mention(string id, string conversation, string text) =>
        new("local", id, "resident", text, _clock.GetUtcNow(), ConversationId: conversation);

    private static async Task<List<UrgentAlert>> AlertsAsync(StorageAccount storage)
    {
        var messages = await storage.Queue(QueueNames.Alerts).ReceiveMessagesAsync(32);
        return messages.Value.Select(m => JsonSerializer.Deserialize<UrgentAlert>(m.Body.ToString(), Json.Options)!).ToList();
    }
}
