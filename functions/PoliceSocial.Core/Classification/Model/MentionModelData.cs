using Microsoft.ML.Data;

namespace PoliceSocial.Classification.Model;

/// <summary>One training row as ML.NET sees it: the hashed features, the label and the urgency as a two-value label.</summary>
public sealed class MentionTrainingRow
{
    public const string Urgent = "urgent";
    public const string NotUrgent = "not-urgent";

    [VectorType(MentionFeatures.Dimension)]
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = "other";

    public string Urgency { get; set; } = NotUrgent;

    /// <summary>Real posts count more than the desk's own written rows when the label model is trained.</summary>
    public float Weight { get; set; } = 1;

    public const float RealPostWeight = 2;

    public static MentionTrainingRow From(LabelledMention row)
    {
        var features = MentionFeatures.Extract(row.Text);
        return new()
        {
            Features = new VBuffer<float>(MentionFeatures.Dimension, features.Values.Length, features.Values, features.Indices),
            Label = row.MentionLabel.ToWire(),
            Urgency = row.Urgent ? Urgent : NotUrgent,
            Weight = row.Id.StartsWith("desk-", StringComparison.Ordinal) ? 1 : RealPostWeight,
        };
    }
}

/// <summary>The model's two answers: a probability per label and the probability that the mention is urgent.</summary>
/// <param name="LabelScores">In <see cref="MentionModel.LabelOrder"/>; they sum to 1.</param>
public sealed record MentionModelOutput(float[] LabelScores, float UrgentProbability);
