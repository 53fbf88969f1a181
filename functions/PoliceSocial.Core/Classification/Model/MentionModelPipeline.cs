using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace PoliceSocial.Classification.Model;

/// <summary>
/// The ML.NET pipeline: word uni/bigrams and character trigrams of the prepared text, one linear maximum-entropy model
/// for the label and one logistic regression for urgency over the same features. Linear models on n-grams train in
/// seconds, load fast and classify in microseconds; single-threaded SDCA with a fixed seed makes training reproducible.
/// Regularisation was chosen by 5-fold cross-validation (docs/classifier.md): urgency, with few positive examples,
/// needs a lighter penalty than the label.
/// </summary>
public static class MentionModelPipeline
{
    public const string LabelScores = "LabelScores";
    public const int Seed = 20261125;

    public static MLContext NewContext() => new(seed: Seed);

    public static IEstimator<ITransformer> Build(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        return ml.Transforms.Text.FeaturizeText("Features", text, nameof(MentionModelInput.Text))
            .Append(ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(MentionModelInput.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                L2Regularization = 1e-4f,
                MaximumNumberOfIterations = 60,
            }))
            .Append(ml.Transforms.CopyColumns(LabelScores, "Score"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(MentionModelInput.Urgent),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                L2Regularization = 1e-5f,
                MaximumNumberOfIterations = 60,
            }));
    }

    public static ITransformer Train(MLContext ml, IEnumerable<LabelledMention> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows.Select(MentionModelInput.From).ToList());
        return Build(ml).Fit(data);
    }

    public static DataViewSchema InputSchema(MLContext ml) =>
        ml.Data.LoadFromEnumerable(new List<MentionModelInput>()).Schema;
}
