namespace PoliceSocial.Classification;

/// <summary>How the desk should treat a mention; see docs/classification-rubric.md for the definitions.</summary>
public enum MentionLabel
{
    /// <summary>Asks the force (or anyone) for information or help and expects an answer.</summary>
    Question,

    /// <summary>Passes on specific information about a crime, danger, sighting, missing person or the like.</summary>
    Report,

    /// <summary>Everything else: opinion, thanks, jokes, abuse, chatter.</summary>
    Other,
}

public static class MentionLabels
{
    public static string ToWire(this MentionLabel label) => label switch
    {
        MentionLabel.Question => "question",
        MentionLabel.Report => "report",
        _ => "other",
    };

    public static MentionLabel Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "question" => MentionLabel.Question,
        "report" => MentionLabel.Report,
        "other" => MentionLabel.Other,
        _ => throw new FormatException($"'{value}' is not a mention label (question, report, other)."),
    };
}
