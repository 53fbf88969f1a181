using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Storage;
using PoliceSocial.Testing;
using PoliceSocial.Triage;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PoliceSocial.Core.Tests.Triage;

/// <summary>The alert function's service against a WireMock fake of a Teams incoming webhook.</summary>
public sealed class AlertWebhookTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 23, 10, 0, TimeSpan.Zero));
    private readonly WireMockServer _teams = WireMockServer.Start();

    public void Dispose() => _teams.Stop();

    [Fact]
    public async Task An_alert_is_posted_to_the_webhook_with_what_the_officer_needs()
    {
        AnswerWith(200);
        await using var services = Services();

        await services.GetRequiredService<AlertWebhook>().SendAsync(AlertMessage(), default);

        var request = Assert.Single(_teams.LogEntries).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/webhook/desk", request.Path);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Contains("URGENT", body.RootElement.GetProperty("title").GetString());
        Assert.Contains("man with a knife", body.RootElement.GetProperty("text").GetString());
        Assert.Contains("local://mentions/m1", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("m1", body.RootElement.GetProperty("referenceId").GetString());
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(404)]
    public async Task A_webhook_failure_throws_so_the_queue_retries_and_the_alert_is_not_lost(int status)
    {
        AnswerWith(status);
        await using var services = Services();

        await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<AlertWebhook>().SendAsync(AlertMessage(), default));
    }

    [Fact]
    public async Task A_message_that_is_not_an_alert_is_malformed_and_goes_to_poison()
    {
        AnswerWith(200);
        await using var services = Services();

        await Assert.ThrowsAsync<MalformedMessageException>(() => services.GetRequiredService<AlertWebhook>().SendAsync("not json", default));
        Assert.Empty(_teams.LogEntries);
    }

    [Fact]
    public async Task An_alert_queued_by_triage_is_the_message_the_webhook_sends()
    {
        AnswerWith(200);
        var storage = await azurite.CreateStorageAsync();
        await using var services = Services();
        await services.GetRequiredService<UrgentResponse>().RespondAsync(
            new PoliceSocial.Mentions.Mention("local", "m9", "resident", "Car crashed into the river, driver trapped inside", _clock.GetUtcNow()),
            new PoliceSocial.Classification.MentionClassification(PoliceSocial.Classification.MentionLabel.Report, true, 0.9, ["trapped"], "en"),
            default);

        var queued = Assert.Single((await storage.Queue(QueueNames.Alerts).ReceiveMessagesAsync(10)).Value);
        await services.GetRequiredService<AlertWebhook>().SendAsync(queued.Body.ToString(), default);

        using var body = JsonDocument.Parse(Assert.Single(_teams.LogEntries).RequestMessage.Body!);
        Assert.Contains("trapped", body.RootElement.GetProperty("text").GetString());
    }

    private void AnswerWith(int status) =>
        _teams.Given(Request.Create().WithPath("/webhook/desk").UsingPost()).RespondWith(Response.Create().WithStatusCode(status));

    private ServiceProvider Services() =>
        TestServices.Create(azurite, _clock, new() { ["Alerts:WebhookUrl"] = _teams.Url + "/webhook/desk" });

    private string AlertMessage() => JsonSerializer.Serialize(
        new UrgentAlert(UrgentAlert.UrgentMention, "Urgent mention from @resident on local: man with a knife", "local", "m1", "local://mentions/m1", _clock.GetUtcNow()),
        Json.Options);
}
