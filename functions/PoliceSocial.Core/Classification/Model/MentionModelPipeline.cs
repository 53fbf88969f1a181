using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace PoliceSocial.Classification.Model;

/// <summary>
/// Trains the two linear maximum-entropy models with ML.NET (SDCA, single-threaded, fixed seed: reproducible) over the
/// hashed n-gram features: one for the label, one for urgency. Only their weights ship: loading ML.NET's own model
/// format costs over a second in a cold process, loading the weights a few milliseconds.
/// Regularisation was chosen by 5-fold cross-validation (docs/classifier.md): urgency, with few positive examples,
/// needs a lighter penalty than the label.
/// </summary>
public static class MentionModelPipeline
{
    public const int Seed = 20261125;

    public static MentionModel Train(IReadOnlyList<LabelledMention> rows)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(MentionTrainingRow.From).ToList());
        var label = TrainSoftmax(ml, data, nameof(MentionTrainingRow.Label), 1e-4f, nameof(MentionTrainingRow.Weight));
        var urgency = TrainSoftmax(ml, data, nameof(MentionTrainingRow.Urgency), 1e-5f, null);
        return new MentionModel(label, urgency);
    }

    private static SoftmaxLayer TrainSoftmax(MLContext ml, IDataView data, string labelColumn, float l2, string? weightColumn)
    {
        var model = ml.Transforms.Conversion.MapValueToKey("Key", labelColumn, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Key",
                ExampleWeightColumnName = weightColumn,
                FeatureColumnName = nameof(MentionTrainingRow.Features),
                NumberOfThreads = 1,
                L2Regularization = l2,
                L1Regularization = 0,
                MaximumNumberOfIterations = 60,
            }))
            .Fit(data);

        VBuffer<float>[] classWeights = [];
        model.LastTransformer.Model.GetWeights(ref classWeights, out var classes);
        var biases = model.LastTransformer.Model.GetBiases().ToArray();
        var weights = new float[MentionFeatures.Dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            var sparse = ToSparse(classWeights[c]);
            for (var j = 0; j < sparse.Indices.Length; j++)
            {
                weights[sparse.Indices[j] * classes + c] = sparse.Values[j];
            }
        }

        var layer = new SoftmaxLayer(classes, biases, weights);
        CheckAgainstMlNet(ml, model.Transform(data), data, layer);
        return layer;
    }

    /// <summary>The exported weights must score exactly as ML.NET does; a mismatch would be a silent accuracy loss.</summary>
    private static void CheckAgainstMlNet(MLContext ml, IDataView scored, IDataView data, SoftmaxLayer layer)
    {
        var expected = ml.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: false).Take(25).ToList();
        var rows = ml.Data.CreateEnumerable<MentionTrainingRow>(data, reuseRowObject: false).Take(25).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            var actual = layer.Probabilities(ToSparse(rows[i].Features));
            for (var c = 0; c < actual.Length; c++)
            {
                if (Math.Abs(actual[c] - expected[i].Score[c]) > 1e-4)
                {
                    throw new InvalidOperationException($"Exported weights score {actual[c]} where ML.NET scores {expected[i].Score[c]}.");
                }
            }
        }
    }

    private static SparseFeatures ToSparse(VBuffer<float> vector)
    {
        var values = vector.GetValues().ToArray();
        if (!vector.IsDense)
        {
            return new SparseFeatures(vector.GetIndices().ToArray(), values);
        }

        var slots = Enumerable.Range(0, values.Length).Where(i => values[i] != 0).ToArray();
        return new SparseFeatures(slots, slots.Select(i => values[i]).ToArray());
    }

    private sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }
}
