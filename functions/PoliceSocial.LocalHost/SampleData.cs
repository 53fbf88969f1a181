using System.Text.Json;
using Microsoft.Extensions.Logging;
using PoliceSocial.Appeals;
using PoliceSocial.Officers;
using PoliceSocial.Platforms.Local;
using PoliceSocial.Storage;

namespace PoliceSocial.LocalHost;

/// <summary>
/// Puts the shipped sample data into the pipeline: mentions into the local platform's inbox (the poller picks them
/// up), and one sample appeal, submitted by one officer and approved by another, due a few seconds after start.
/// </summary>
public sealed class SampleData(LocalPlatformClient localPlatform, AppealWorkflow workflow, TimeProvider clock, ILogger<SampleData> logger)
{
    public static readonly Officer SampleOfficer = new("sample-officer", "PC Sample", new HashSet<string>());
    public static readonly Officer SampleApprover = new("sample-approver", "Sgt Approver", new HashSet<string> { Officer.ApproverRole });

    public async Task LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var mentions = 0;
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(folder, "mentions.jsonl"), cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var mention = JsonSerializer.Deserialize<LocalMention>(line, Json.Options)!;
            await localPlatform.InjectAsync(mention, cancellationToken);
            mentions++;
        }

        logger.LogInformation("Sample data: {Count} mentions posted to the local platform", mentions);

        var submission = JsonSerializer.Deserialize<AppealSubmission>(await File.ReadAllTextAsync(Path.Combine(folder, "appeal.json"), cancellationToken), Json.Options)!;
        submission.FirstPublishAt = clock.GetUtcNow().AddSeconds(8).ToString("O");
        var submitted = await workflow.SubmitAsync(submission, SampleOfficer, cancellationToken);
        if (submitted.Appeal is null)
        {
            throw new InvalidOperationException("The sample appeal is invalid: " + string.Join("; ", submitted.Errors!.Select(e => $"{e.Key}: {e.Value}")));
        }

        await workflow.ApproveAsync(submitted.Appeal.Id, SampleApprover, cancellationToken);
    }
}
