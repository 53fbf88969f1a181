using System.Reflection;
using Microsoft.ML;

namespace PoliceSocial.Classification.Model;

/// <summary>
/// The trained model that ships inside this assembly (Model/mention-model.zip, written by
/// <c>train-classifier</c>). Thread-safe: ML.NET prediction engines are not, so each thread gets its own.
/// </summary>
public sealed class MentionModel : IDisposable
{
    public const string ResourceName = "PoliceSocial.Classification.Model.mention-model.zip";

    /// <summary>The order of <see cref="MentionModelOutput.LabelScores"/>: label keys sorted by value.</summary>
    public static readonly IReadOnlyList<MentionLabel> LabelOrder = [MentionLabel.Other, MentionLabel.Question, MentionLabel.Report];

    public const int ReportIndex = 2;

    private readonly ThreadLocal<PredictionEngine<MentionModelInput, MentionModelOutput>> _engines;

    public MentionModel(MLContext ml, ITransformer transformer)
    {
        _engines = new(() => ml.Model.CreatePredictionEngine<MentionModelInput, MentionModelOutput>(transformer), trackAllValues: true);
    }

    /// <summary>Loads the model shipped with the app.</summary>
    public static MentionModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The trained model ({ResourceName}) is not embedded; run train-classifier.");
        return Load(stream);
    }

    public static MentionModel Load(Stream stream)
    {
        var ml = MentionModelPipeline.NewContext();
        var transformer = ml.Model.Load(stream, out _);
        return new MentionModel(ml, transformer);
    }

    public static void Save(MLContext ml, ITransformer transformer, string path)
    {
        using var file = File.Create(path);
        ml.Model.Save(transformer, MentionModelPipeline.InputSchema(ml), file);
    }

    /// <summary>Scores a raw mention text.</summary>
    public MentionModelOutput Predict(string text) =>
        _engines.Value!.Predict(new MentionModelInput { Text = MentionText.Prepare(text) });

    public void Dispose()
    {
        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }

        _engines.Dispose();
    }
}
