namespace PoliceSocial.Classification.Model;

/// <summary>
/// The fixed split of the labelled development set (mentions-dev.jsonl): 40% of rows, chosen by a stable hash of the
/// row id, are never trained on and are what the model is evaluated on. A hash of the id (not a random shuffle) keeps
/// every row on the same side whatever the file's order or size.
/// </summary>
public static class HeldOutSplit
{
    public const int HeldOutPercent = 40;

    public static bool IsHeldOut(string id) => Fnv1a(id) % 100 < HeldOutPercent;

    /// <summary>Which of <paramref name="folds"/> cross-validation folds a row belongs to.</summary>
    public static int FoldOf(string id, int folds) => (int)(Fnv1a("fold:" + id) % (uint)folds);

    private static uint Fnv1a(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
