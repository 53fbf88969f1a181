using PoliceSocial.Classification;
using PoliceSocial.Classification.Model;
using PoliceSocial.LocalHost.Storage;

namespace PoliceSocial.Core.Tests.Classification;

public sealed class ClassifierTrainingTests
{
    private static readonly IReadOnlyList<LabelledMention> Desk =
        ClassifierTraining.ReadDeskData(Path.Combine(RepositoryRoot.Find(), "data", "training"));

    [Fact]
    public void The_desk_training_data_covers_every_label_urgency_and_welsh()
    {
        Assert.True(Desk.Count >= 600, $"{Desk.Count} rows");
        Assert.Equal(Desk.Count, Desk.Select(r => r.Id).Distinct().Count());
        foreach (var label in new[] { MentionLabel.Question, MentionLabel.Report, MentionLabel.Other })
        {
            Assert.True(Desk.Count(r => r.MentionLabel == label) >= 100, label.ToString());
        }

        Assert.True(Desk.Count(r => r.Urgent) >= 80);
        Assert.True(Desk.Count(r => r.Id.StartsWith("desk-welsh", StringComparison.Ordinal)) >= 50);
    }

    [Fact]
    public void Training_is_reproducible_the_same_data_gives_the_same_model()
    {
        var rows = Desk.Where((_, i) => i % 2 == 0).ToList();
        using var first = ClassifierTraining.Train(rows);
        using var second = ClassifierTraining.Train(rows);

        foreach (var text in new[] { "How do I report a stolen bike?", "man with a knife outside the shop", "thanks for your help" })
        {
            var a = first.Predict(text);
            var b = second.Predict(text);
            Assert.Equal(a.LabelScores, b.LabelScores);
            Assert.Equal(a.UrgentProbability, b.UrgentProbability);
        }
    }

    [Fact]
    public void A_saved_model_loads_back_and_scores_the_same()
    {
        var rows = Desk.Where((_, i) => i % 2 == 1).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"mention-model-{Guid.NewGuid():N}.zip");
        try
        {
            using var trained = ClassifierTraining.Train(rows, path);
            using var stream = File.OpenRead(path);
            using var loaded = MentionModel.Load(stream);

            const string text = "Is the A470 closed at Storey Arms?";
            Assert.Equal(trained.Predict(text).LabelScores, loaded.Predict(text).LabelScores);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_split_holds_out_about_forty_percent_and_the_folds_are_even()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => $"crisislex-{i * 7919}").ToList();
        Assert.InRange(ids.Count(HeldOutSplit.IsHeldOut), 3700, 4300);
        Assert.All(Enumerable.Range(0, 5), fold => Assert.InRange(ids.Count(id => HeldOutSplit.FoldOf(id, 5) == fold), 1800, 2200));
    }
}
