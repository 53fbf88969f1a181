using System.Globalization;
using System.Text;

namespace PoliceSocial.Classification.Evaluation;

/// <summary>
/// Runs classifiers over a labelled set and writes the figures side by side: the report printed by
/// <c>evaluate</c> and used by the accuracy tests. The last line is always
/// <c>macro-F1 0.xxx urgent-recall 0.xxx urgent-precision 0.xxx</c> for the first classifier.
/// </summary>
public static class ClassifierEvaluation
{
    public static async Task<ClassifierScores> ScoreAsync(IMentionClassifier classifier, IEnumerable<LabelledMention> rows, CancellationToken cancellationToken)
    {
        var scores = new ClassifierScores();
        foreach (var row in rows)
        {
            var verdict = await classifier.ClassifyAsync(row.Text, cancellationToken);
            scores.Add(row.MentionLabel, row.Urgent, verdict.Label, verdict.Urgent);
        }

        return scores;
    }

    public static string Format(IReadOnlyList<(string Name, ClassifierScores Scores)> results)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var names = results.Select(r => r.Name).ToList();
        text.AppendLine(c, $"{results[0].Scores.Count} labelled mentions.");
        text.AppendLine();
        text.Append(c, $"{"",-22}");
        foreach (var name in names)
        {
            text.Append(c, $" | {name,-20}");
        }

        text.AppendLine();
        foreach (var label in ClassifierScores.AllLabels)
        {
            text.Append(c, $"{label.ToWire() + " P/R/F1",-22}");
            foreach (var (_, s) in results)
            {
                text.Append(c, $" | {string.Create(c, $"{s.Precision(label):0.000} {s.Recall(label):0.000} {s.F1(label):0.000}"),-20}");
            }

            text.AppendLine();
        }

        Row(text, "macro-F1", results, s => s.MacroF1.ToString("0.000", c));
        Row(text, "accuracy", results, s => s.Accuracy.ToString("0.000", c));
        Row(text, "urgent recall", results, s => $"{s.UrgentRecall.ToString("0.000", c)} ({s.UrgentFound}/{s.UrgentActual})");
        Row(text, "urgent precision", results, s => $"{s.UrgentPrecision.ToString("0.000", c)} (of {s.UrgentPredicted})");

        foreach (var (name, s) in results)
        {
            text.AppendLine();
            text.AppendLine(c, $"Confusion matrix, {name} (rows actual, columns predicted):");
            text.AppendLine(c, $"{"",-10}{"question",10}{"report",10}{"other",10}");
            foreach (var actual in ClassifierScores.AllLabels)
            {
                text.Append(c, $"{actual.ToWire(),-10}");
                foreach (var predicted in ClassifierScores.AllLabels)
                {
                    text.Append(c, $"{s.Confusion(actual, predicted),10}");
                }

                text.AppendLine();
            }
        }

        var first = results[0].Scores;
        text.AppendLine();
        text.Append(c, $"macro-F1 {first.MacroF1:0.000} urgent-recall {first.UrgentRecall:0.000} urgent-precision {first.UrgentPrecision:0.000}");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, IReadOnlyList<(string Name, ClassifierScores Scores)> results, Func<ClassifierScores, string> value)
    {
        text.Append(CultureInfo.InvariantCulture, $"{name,-22}");
        foreach (var (_, s) in results)
        {
            text.Append(CultureInfo.InvariantCulture, $" | {value(s),-20}");
        }

        text.AppendLine();
    }
}
