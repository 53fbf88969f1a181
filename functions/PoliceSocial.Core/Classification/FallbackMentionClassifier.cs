using Microsoft.Extensions.Logging;

namespace PoliceSocial.Classification;

/// <summary>
/// Asks the cloud classifier first and answers from the local model when it fails or is too slow: a mention is never
/// left unclassified because a cloud service is down.
/// </summary>
public sealed class FallbackMentionClassifier(
    IMentionClassifier primary,
    LocalMentionClassifier local,
    TimeSpan timeout,
    ILogger<FallbackMentionClassifier> logger) : IMentionClassifier
{
    public async ValueTask<MentionClassification> ClassifyAsync(string text, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await primary.ClassifyAsync(text, deadline.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Cloud classifier failed or timed out ({Error}); the local model classified the mention", e.GetType().Name);
            return local.Classify(text);
        }
    }
}
