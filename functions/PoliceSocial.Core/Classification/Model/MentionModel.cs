using System.IO.Compression;
using System.Reflection;

namespace PoliceSocial.Classification.Model;

/// <summary>
/// The trained model that ships inside this assembly (Model/mention-model.bin, written by <c>train-classifier</c>):
/// the weights of the label and urgency models over the hashed features. Immutable, so safe on any number of threads.
/// </summary>
public sealed class MentionModel(SoftmaxLayer label, SoftmaxLayer urgency) : IDisposable
{
    public const string ResourceName = "PoliceSocial.Classification.Model.mention-model.bin";

    /// <summary>The order of <see cref="MentionModelOutput.LabelScores"/>: the label names sorted.</summary>
    public static readonly IReadOnlyList<MentionLabel> LabelOrder = [MentionLabel.Other, MentionLabel.Question, MentionLabel.Report];

    public const int ReportIndex = 2;

    /// <summary>Urgency classes sorted: "not-urgent", "urgent".</summary>
    private const int UrgentIndex = 1;

    private const string Magic = "PSMM1";

    /// <summary>Loads the model shipped with the app.</summary>
    public static MentionModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The trained model ({ResourceName}) is not embedded; run train-classifier.");
        return Load(stream);
    }

    /// <summary>Scores a raw mention text.</summary>
    public MentionModelOutput Predict(string text)
    {
        var features = MentionFeatures.Extract(text);
        return new MentionModelOutput(label.Probabilities(features), urgency.Probabilities(features)[UrgentIndex]);
    }

    /// <summary>Gzipped: a header, both layers' biases, then only the feature slots that carry a weight.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(MentionFeatures.Dimension);
        writer.Write(label.Classes);
        writer.Write(urgency.Classes);
        foreach (var bias in label.Biases.Concat(urgency.Biases))
        {
            writer.Write(bias);
        }

        var slots = Enumerable.Range(0, MentionFeatures.Dimension).Where(s => label.HasWeights(s) || urgency.HasWeights(s)).ToList();
        writer.Write(slots.Count);
        foreach (var slot in slots)
        {
            writer.Write(slot);
            for (var c = 0; c < label.Classes; c++)
            {
                writer.Write(label.Weights[slot * label.Classes + c]);
            }

            for (var c = 0; c < urgency.Classes; c++)
            {
                writer.Write(urgency.Weights[slot * urgency.Classes + c]);
            }
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public static MentionModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic || reader.ReadInt32() != MentionFeatures.Dimension)
        {
            throw new InvalidDataException("Not a mention model of this version; run train-classifier.");
        }

        var label = SoftmaxLayer.Empty(reader.ReadInt32());
        var urgency = SoftmaxLayer.Empty(reader.ReadInt32());
        for (var c = 0; c < label.Classes; c++)
        {
            label.Biases[c] = reader.ReadSingle();
        }

        for (var c = 0; c < urgency.Classes; c++)
        {
            urgency.Biases[c] = reader.ReadSingle();
        }

        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var slot = reader.ReadInt32();
            for (var c = 0; c < label.Classes; c++)
            {
                label.Weights[slot * label.Classes + c] = reader.ReadSingle();
            }

            for (var c = 0; c < urgency.Classes; c++)
            {
                urgency.Weights[slot * urgency.Classes + c] = reader.ReadSingle();
            }
        }

        return new MentionModel(label, urgency);
    }

    /// <summary>Nothing to release; kept so callers can scope a model with <c>using</c>.</summary>
    public void Dispose()
    {
    }
}
