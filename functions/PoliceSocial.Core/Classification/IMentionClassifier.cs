namespace PoliceSocial.Classification;

/// <summary>Labels a mention question / report / other and flags urgent ones (life at risk, crime in progress).</summary>
public interface IMentionClassifier
{
    ValueTask<MentionClassification> ClassifyAsync(string text, CancellationToken cancellationToken);
}
