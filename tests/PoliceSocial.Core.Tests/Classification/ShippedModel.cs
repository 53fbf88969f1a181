using PoliceSocial.Classification;
using PoliceSocial.Classification.Model;

namespace PoliceSocial.Core.Tests.Classification;

/// <summary>The shipped model, loaded once for all the classification tests.</summary>
public sealed class ShippedModel : IDisposable
{
    public MentionModel Model { get; } = MentionModel.LoadShipped();

    public LocalMentionClassifier Classifier => new(Model);

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "classification", name);

    public void Dispose() => Model.Dispose();
}
