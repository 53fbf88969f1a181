using System.Text.RegularExpressions;

namespace PoliceSocial.Classification;

/// <summary>
/// A plain keyword classifier: the first classifier of the pipeline and the baseline every better model is compared
/// with. Urgency cues are checked first because missing an urgent mention costs the most.
/// </summary>
public sealed partial class KeywordClassifier : IMentionClassifier
{
    public ValueTask<MentionClassification> ClassifyAsync(string text, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Classify(text));

    public MentionClassification Classify(string text)
    {
        var cues = new List<string>();
        var language = WelshWords().IsMatch(text) ? "cy" : "en";

        var urgentMatch = UrgentCues().Match(text);
        var urgent = urgentMatch.Success;
        if (urgent)
        {
            cues.Add(urgentMatch.Value.ToLowerInvariant());
        }

        var reportMatch = ReportCues().Match(text);
        if (urgent || reportMatch.Success)
        {
            if (reportMatch.Success)
            {
                cues.Add(reportMatch.Value.ToLowerInvariant());
            }

            return new MentionClassification(MentionLabel.Report, urgent, 0.6, cues, language);
        }

        var questionMatch = QuestionCues().Match(text);
        if (questionMatch.Success)
        {
            cues.Add(questionMatch.Value.ToLowerInvariant());
            return new MentionClassification(MentionLabel.Question, urgent, 0.55, cues, language);
        }

        return new MentionClassification(MentionLabel.Other, urgent, 0.5, cues, language);
    }

    [GeneratedRegex(@"\b(help me|trapped|stabb(ed|ing)|gun|knife|shots? fired|attack(ing|ed)|breaking in|break(ing)? into|fire|drowning|not breathing|kidnap\w*|following me|in danger|rescue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UrgentCues();

    [GeneratedRegex(@"\b(saw|seen|spotted|witness\w*|stolen|theft|burglar\w*|assault\w*|crash\w*|accident|missing|suspicious|reported|damage\w*|injured|collapsed?|flood\w*|vandal\w*|dealing|speeding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportCues();

    [GeneratedRegex(@"(\?\s*$|\?\s|\b(how do i|how can i|can i|does anyone|is there|where (is|can)|what (is|should)|who do i|anyone know)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionCues();

    [GeneratedRegex(@"\b(heddlu|diolch|helpu|os gwelwch|yn dda|mae|dwi|wedi|gyda|ddim)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WelshWords();
}
