using PoliceSocial.Classification.Evaluation;

namespace PoliceSocial.Classification.Model;

/// <summary>
/// Trains the shipped model from the desk's own labelled mentions (data/training/*.jsonl) plus the training side of
/// the labelled development set, and measures it honestly: on the held-out side, and by cross-validation over the
/// whole development set where every fold is scored by a model that never saw it.
/// </summary>
public static class ClassifierTraining
{
    public static IReadOnlyList<LabelledMention> ReadDeskData(string folder) =>
        Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(LabelledMention.ReadJsonLines).ToList();

    public static IReadOnlyList<LabelledMention> TrainingRows(IReadOnlyList<LabelledMention> desk, IReadOnlyList<LabelledMention> dev) =>
        [.. desk, .. dev.Where(r => !HeldOutSplit.IsHeldOut(r.Id))];

    public static IReadOnlyList<LabelledMention> HeldOutRows(IReadOnlyList<LabelledMention> dev) =>
        dev.Where(r => HeldOutSplit.IsHeldOut(r.Id)).ToList();

    public static MentionModel Train(IReadOnlyList<LabelledMention> rows, string? savePath = null)
    {
        var model = MentionModelPipeline.Train(rows);
        if (savePath is not null)
        {
            model.Save(savePath);
        }

        return model;
    }

    /// <summary>
    /// K-fold cross-validation over <paramref name="dev"/>: each fold is classified by a model trained on the desk data
    /// and the other folds. The scores are pooled over all folds.
    /// </summary>
    public static async Task<(ClassifierScores Model, ClassifierScores Keyword)> CrossValidateAsync(
        IReadOnlyList<LabelledMention> desk, IReadOnlyList<LabelledMention> dev, int folds, CancellationToken cancellationToken)
    {
        var model = new ClassifierScores();
        var keyword = new ClassifierScores();
        var baseline = new KeywordClassifier();
        for (var fold = 0; fold < folds; fold++)
        {
            var test = dev.Where(r => HeldOutSplit.FoldOf(r.Id, folds) == fold).ToList();
            using var trained = Train([.. desk, .. dev.Where(r => HeldOutSplit.FoldOf(r.Id, folds) != fold)]);
            var classifier = new LocalMentionClassifier(trained);
            foreach (var row in test)
            {
                var verdict = await classifier.ClassifyAsync(row.Text, cancellationToken);
                model.Add(row.MentionLabel, row.Urgent, verdict.Label, verdict.Urgent);
                var keywordVerdict = baseline.Classify(row.Text);
                keyword.Add(row.MentionLabel, row.Urgent, keywordVerdict.Label, keywordVerdict.Urgent);
            }
        }

        return (model, keyword);
    }
}
