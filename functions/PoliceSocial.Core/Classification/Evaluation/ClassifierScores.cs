namespace PoliceSocial.Classification.Evaluation;

/// <summary>How one classifier did on a labelled set: per-label precision/recall/F1, urgency and the confusion matrix.</summary>
public sealed class ClassifierScores
{
    private static readonly MentionLabel[] Labels = [MentionLabel.Question, MentionLabel.Report, MentionLabel.Other];

    /// <summary>[actual, predicted] counts, indexed by <see cref="MentionLabel"/>.</summary>
    private readonly int[,] _confusion = new int[3, 3];
    private int _urgentHit, _urgentMissed, _urgentFalse;

    public int Count { get; private set; }

    public void Add(MentionLabel actual, bool actualUrgent, MentionLabel predicted, bool predictedUrgent)
    {
        Count++;
        _confusion[(int)actual, (int)predicted]++;
        if (actualUrgent && predictedUrgent)
        {
            _urgentHit++;
        }
        else if (actualUrgent)
        {
            _urgentMissed++;
        }
        else if (predictedUrgent)
        {
            _urgentFalse++;
        }
    }

    public int Confusion(MentionLabel actual, MentionLabel predicted) => _confusion[(int)actual, (int)predicted];

    public double Precision(MentionLabel label) => Ratio(_confusion[(int)label, (int)label], Labels.Sum(a => _confusion[(int)a, (int)label]));

    public double Recall(MentionLabel label) => Ratio(_confusion[(int)label, (int)label], Labels.Sum(p => _confusion[(int)label, (int)p]));

    public double F1(MentionLabel label)
    {
        double p = Precision(label), r = Recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double MacroF1 => Labels.Average(F1);

    public double Accuracy => Ratio(Labels.Sum(l => _confusion[(int)l, (int)l]), Count);

    public int UrgentFound => _urgentHit;

    public int UrgentActual => _urgentHit + _urgentMissed;

    public int UrgentPredicted => _urgentHit + _urgentFalse;

    /// <summary>1.0 when there is no urgent mention to find (nothing was missed).</summary>
    public double UrgentRecall => UrgentActual == 0 ? 1 : Ratio(_urgentHit, UrgentActual);

    /// <summary>1.0 when nothing was flagged urgent (no false alarm).</summary>
    public double UrgentPrecision => UrgentPredicted == 0 ? 1 : Ratio(_urgentHit, UrgentPredicted);

    public static IReadOnlyList<MentionLabel> AllLabels => Labels;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
