using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Appeals;
using PoliceSocial.Officers;
using PoliceSocial.Platforms.Local;
using PoliceSocial.Storage;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests.Appeals;

/// <summary>
/// The appeal services over a test Azurite with a fake clock, and the queue pumps the Functions host would run:
/// enough to drive an appeal's whole life in a test, step by step.
/// </summary>
public sealed class AppealDesk : IAsyncDisposable
{
    public static readonly Officer Author = new("pc-author", "PC Author", new HashSet<string>());
    public static readonly Officer Approver = new("sgt-approver", "Sgt Approver", new HashSet<string> { Officer.ApproverRole });
    public static readonly Officer Inspector = new("insp-duty", "Insp Duty", new HashSet<string> { Officer.DutyInspectorRole });

    private readonly ServiceProvider _services;

    private AppealDesk(ServiceProvider services, StorageAccount storage, FakeTimeProvider clock)
    {
        _services = services;
        Storage = storage;
        Clock = clock;
    }

    public StorageAccount Storage { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _services;
    public AppealWorkflow Workflow => _services.GetRequiredService<AppealWorkflow>();
    public PublishScheduler Scheduler => _services.GetRequiredService<PublishScheduler>();
    public AppealPublisher Publisher => _services.GetRequiredService<AppealPublisher>();
    public AppealTakeDown TakeDown => _services.GetRequiredService<AppealTakeDown>();
    public AppealStore Appeals => _services.GetRequiredService<AppealStore>();
    public LocalPlatformClient Local => _services.GetRequiredService<LocalPlatformClient>();

    public static async Task<AppealDesk> CreateAsync(AzuriteFixture azurite, Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null, FakeTimeProvider? clock = null)
    {
        var storage = await azurite.CreateStorageAsync();
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var services = TestServices.Create(azurite, clock, settings, configure);
        return new AppealDesk(services, storage, clock);
    }

    public static AppealSubmission Submission(DateTimeOffset firstAt, string platform = "local", string type = "witness") => new()
    {
        Type = type,
        Title = "Witness appeal: Mill Lane collision",
        Text = "Did you see the collision on Mill Lane at 17:00? Call 101 quoting 2611-0042.",
        Platforms = [platform],
        FirstPublishAt = firstAt.ToString("O"),
        CaseReference = "2611-0042",
    };

    public async Task<AppealEntity> SubmitAndApproveAsync(AppealSubmission submission)
    {
        var submitted = await Workflow.SubmitAsync(submission, Author, default);
        Assert.True(submitted.Outcome == WorkflowOutcome.Ok, string.Join("; ", submitted.Errors?.Select(e => $"{e.Key}: {e.Value}") ?? []));
        var approved = await Workflow.ApproveAsync(submitted.Appeal!.Id, Approver, default);
        Assert.Equal(WorkflowOutcome.Ok, approved.Outcome);
        return approved.Appeal!;
    }

    /// <summary>Runs the scheduler, then handles every visible publish message, as the two functions would.</summary>
    public async Task<int> RunPublishingAsync()
    {
        await Scheduler.QueueDueAsync(default);
        return await DrainAsync(QueueNames.Publish, Publisher.HandleAsync);
    }

    public Task<int> DrainTakeDownsAsync() => DrainAsync(QueueNames.TakeDown, TakeDown.HandleAsync);

    /// <summary>Handles the queue's visible messages until it is empty; returns how many were handled.</summary>
    public async Task<int> DrainAsync(string queueName, Func<string, CancellationToken, Task> handle)
    {
        var queue = Storage.Queue(queueName);
        var handled = 0;
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
            if (messages.Length == 0)
            {
                return handled;
            }

            foreach (var message in messages)
            {
                await handle(message.Body.ToString(), default);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                handled++;
            }
        }
    }

    /// <summary>Every message on a queue, visible or delayed (peek sees only visible ones, so count all).</summary>
    public async Task<int> CountAsync(string queueName) =>
        (await Storage.Queue(queueName).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    /// <summary>Takes the visible messages off a queue and returns their texts.</summary>
    public async Task<List<string>> TakeMessageTextsAsync(QueueClient queue)
    {
        var texts = new List<string>();
        foreach (var message in (await queue.ReceiveMessagesAsync(32)).Value)
        {
            texts.Add(message.Body.ToString());
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        }

        return texts;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
