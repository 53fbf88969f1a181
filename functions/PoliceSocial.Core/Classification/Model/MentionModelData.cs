using Microsoft.ML.Data;

namespace PoliceSocial.Classification.Model;

/// <summary>One row as the model sees it: the prepared text, and for training the label and the urgent flag.</summary>
public sealed class MentionModelInput
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "other";

    public bool Urgent { get; set; }

    public static MentionModelInput From(LabelledMention row) =>
        new() { Text = MentionText.Prepare(row.Text), Label = row.MentionLabel.ToWire(), Urgent = row.Urgent };
}

/// <summary>The model's two answers: a probability per label and the probability that the mention is urgent.</summary>
public sealed class MentionModelOutput
{
    /// <summary>In <see cref="MentionModel.LabelOrder"/>.</summary>
    [ColumnName(MentionModelPipeline.LabelScores)]
    public float[] LabelScores { get; set; } = [];

    [ColumnName("Probability")]
    public float UrgentProbability { get; set; }
}
