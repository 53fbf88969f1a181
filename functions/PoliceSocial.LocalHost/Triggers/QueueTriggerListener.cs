using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PoliceSocial.Storage;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>
/// Drives one queue function with the queue trigger's semantics from host.json: receive up to batchSize messages,
/// run them concurrently, delete on success, make a failed message visible again after visibilityTimeout, and after
/// maxDequeueCount failed attempts move it to "&lt;queue&gt;-poison". Polling backs off to maxPollingInterval when idle.
/// </summary>
public sealed class QueueTriggerListener(
    FunctionDefinition function,
    FunctionInvoker invoker,
    StorageAccount storage,
    HostJsonSettings settings,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    // While a message is being processed it stays invisible to other listeners for this long.
    private static readonly TimeSpan ProcessingLease = TimeSpan.FromMinutes(10);

    private readonly string _queueName = function.Queue!.QueueName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = storage.Queue(_queueName);
        var poison = storage.Queue(QueueNames.PoisonOf(_queueName));
        var idleDelay = TimeSpan.FromMilliseconds(100);
        logger.LogInformation("Queue function {Function} listening on '{Queue}'", function.Name, _queueName);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                QueueMessage[] messages = await queue.ReceiveMessagesAsync(settings.BatchSize, ProcessingLease, stoppingToken);
                if (messages.Length == 0)
                {
                    await Task.Delay(idleDelay, stoppingToken);
                    idleDelay = TimeSpan.FromMilliseconds(Math.Min(idleDelay.TotalMilliseconds * 2, settings.MaxPollingInterval.TotalMilliseconds));
                    continue;
                }

                idleDelay = TimeSpan.FromMilliseconds(100);
                await Task.WhenAll(messages.Select(m => ProcessAsync(queue, poison, m, stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Storage unreachable: nothing was taken off the queue for good; wait and poll again.
                logger.LogError(e, "Queue '{Queue}' could not be read; retrying", _queueName);
                await Task.Delay(settings.MaxPollingInterval, stoppingToken);
            }
        }
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        string body;
        try
        {
            body = message.Body.ToString();
        }
        catch (Exception e)
        {
            await MoveToPoisonAsync(queue, poison, message, message.MessageText, $"undecodable message: {e.Message}", stoppingToken);
            return;
        }

        try
        {
            await invoker.InvokeAsync(function, body, null, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message, body, e.Message, stoppingToken);
                return;
            }

            logger.LogWarning("Function {Function} failed on message {MessageId} (attempt {Attempt} of {Max}): {Error}",
                function.Name, message.MessageId, message.DequeueCount, settings.MaxDequeueCount, e.Message);
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: CancellationToken.None);
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, string body, string reason, CancellationToken stoppingToken)
    {
        // Copy first, then delete: a crash in between leaves a duplicate, never a loss.
        await poison.SendMessageAsync(body, CancellationToken.None);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        logger.LogError("Message {MessageId} moved to '{Poison}' after {Attempts} attempts: {Reason}",
            message.MessageId, poison.Name, message.DequeueCount, reason);
    }
}
