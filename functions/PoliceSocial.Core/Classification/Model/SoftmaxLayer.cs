namespace PoliceSocial.Classification.Model;

/// <summary>
/// A trained linear maximum-entropy model: per class a bias and a weight per feature slot; the probabilities are the
/// softmax of the class scores. Weights are dense in memory (slot * classes + class) so scoring is a few array reads.
/// </summary>
public sealed class SoftmaxLayer(int classes, float[] biases, float[] weights)
{
    public int Classes => classes;

    public float[] Biases => biases;

    public float[] Weights => weights;

    public static SoftmaxLayer Empty(int classes) => new(classes, new float[classes], new float[MentionFeatures.Dimension * classes]);

    public float[] Probabilities(SparseFeatures features)
    {
        var scores = new float[classes];
        biases.CopyTo(scores, 0);
        for (var i = 0; i < features.Indices.Length; i++)
        {
            var row = features.Indices[i] * classes;
            var value = features.Values[i];
            for (var c = 0; c < classes; c++)
            {
                scores[c] += weights[row + c] * value;
            }
        }

        var max = scores.Max();
        var sum = 0f;
        for (var c = 0; c < classes; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < classes; c++)
        {
            scores[c] /= sum;
        }

        return scores;
    }

    public bool HasWeights(int slot)
    {
        for (var c = 0; c < classes; c++)
        {
            if (weights[slot * classes + c] != 0)
            {
                return true;
            }
        }

        return false;
    }
}
