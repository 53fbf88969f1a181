using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoliceSocial.Storage;

namespace PoliceSocial.Triage;

/// <summary>
/// Sends one alert from the alerts queue to the configured webhook (e.g. a Teams incoming webhook). Alerts must not be
/// lost: any failure, a 429 or 5xx included, throws, so the queue retries the message and finally keeps it as poison.
/// </summary>
public sealed class AlertWebhook(HttpClient http, IOptions<AlertOptions> options, ILogger<AlertWebhook> logger)
{
    public const string HttpClientName = "alerts";

    public async Task SendAsync(string message, CancellationToken cancellationToken)
    {
        UrgentAlert alert;
        try
        {
            alert = JsonSerializer.Deserialize<UrgentAlert>(message, Json.Options)
                ?? throw new MalformedMessageException(QueueNames.Alerts, "empty message");
        }
        catch (JsonException e)
        {
            throw new MalformedMessageException(QueueNames.Alerts, "not an alert", e);
        }

        if (options.Value.WebhookUrl is not { } url)
        {
            logger.LogWarning("Alert {Kind} not sent to any webhook (Alerts:WebhookUrl is not set): {Summary}", alert.Kind, alert.Summary);
            return;
        }

        // "title" and "text" are what a Teams incoming webhook shows; the rest is for any other receiver.
        var body = new
        {
            title = alert.Kind == UrgentAlert.UrgentMention ? "URGENT mention: a human is needed now" : "Alert: " + alert.Kind,
            text = alert.Url is null ? alert.Summary : $"{alert.Summary}\n\n{alert.Url}",
            kind = alert.Kind,
            platform = alert.Platform,
            referenceId = alert.ReferenceId,
            url = alert.Url,
            raisedAt = alert.RaisedAt,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.WebhookTimeout);
        using var response = await http.PostAsJsonAsync(url, body, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Alert webhook answered {(int)response.StatusCode}; the alert stays on the queue to be retried.", null, response.StatusCode);
        }

        logger.LogInformation("Alert {Kind} {ReferenceId} sent to the webhook", alert.Kind, alert.ReferenceId);
    }
}
