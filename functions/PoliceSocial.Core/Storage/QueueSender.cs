using System.Text.Json;

namespace PoliceSocial.Storage;

/// <summary>Sends JSON messages to the app's queues (Base64-encoded by the queue clients).</summary>
public sealed class QueueSender(StorageAccount storage)
{
    /// <summary>Azure Queue Storage refuses messages over 64 KiB; Base64 adds a third, so keep the JSON under 48 KiB.</summary>
    public const int MaxMessageBytes = 48 * 1024;

    public async Task SendAsync<T>(string queue, T message, CancellationToken cancellationToken, TimeSpan? delay = null)
    {
        var json = JsonSerializer.Serialize(message, Json.Options);
        await storage.Queue(queue).SendMessageAsync(json, visibilityTimeout: delay, cancellationToken: cancellationToken);
    }
}
