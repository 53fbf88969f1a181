namespace PoliceSocial.Classification;

/// <summary>The classifier's verdict on one mention.</summary>
/// <param name="Confidence">0.0 to 1.0: how sure the classifier is of <paramref name="Label"/>.</param>
/// <param name="Cues">The few words or rules that drove the decision, shown to officers.</param>
/// <param name="Language">"en", "cy" (Welsh) or "other".</param>
public sealed record MentionClassification(
    MentionLabel Label,
    bool Urgent,
    double Confidence,
    IReadOnlyList<string> Cues,
    string Language);
