using PoliceSocial.Classification;
using PoliceSocial.Classification.Evaluation;

namespace PoliceSocial.Core.Tests.Classification;

public sealed class ClassifierEvaluationTests
{
    [Fact]
    public void Scores_are_computed_from_the_confusion_matrix()
    {
        var scores = new ClassifierScores();
        scores.Add(MentionLabel.Question, false, MentionLabel.Question, false);
        scores.Add(MentionLabel.Question, false, MentionLabel.Other, false);
        scores.Add(MentionLabel.Report, true, MentionLabel.Report, true);
        scores.Add(MentionLabel.Report, true, MentionLabel.Report, false);
        scores.Add(MentionLabel.Other, false, MentionLabel.Report, true);
        scores.Add(MentionLabel.Other, false, MentionLabel.Other, false);

        Assert.Equal(1.0, scores.Precision(MentionLabel.Question));
        Assert.Equal(0.5, scores.Recall(MentionLabel.Question));
        Assert.Equal(2.0 / 3, scores.Precision(MentionLabel.Report), 6);
        Assert.Equal(0.5, scores.UrgentRecall);
        Assert.Equal(0.5, scores.UrgentPrecision);
        Assert.Equal(1, scores.Confusion(MentionLabel.Other, MentionLabel.Report));
    }

    [Fact]
    public async Task The_report_ends_with_the_summary_line_of_the_first_classifier()
    {
        LabelledMention[] rows =
        [
            new("1", "How do I report a stolen bike?", "question", false),
            new("2", "Man with a knife outside the shop now", "report", true),
            new("3", "lovely day", "other", false),
        ];
        var keyword = await ClassifierEvaluation.ScoreAsync(new KeywordClassifier(), rows, default);

        var report = ClassifierEvaluation.Format([("keyword", keyword), ("again", keyword)]);

        var last = report.Split('\n')[^1];
        Assert.Matches(@"^macro-F1 \d\.\d{3} urgent-recall \d\.\d{3} urgent-precision \d\.\d{3}$", last);
        Assert.Contains("Confusion matrix, keyword", report);
        Assert.Contains("question P/R/F1", report);
    }
}
