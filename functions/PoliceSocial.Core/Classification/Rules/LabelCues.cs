using System.Text.RegularExpressions;

namespace PoliceSocial.Classification.Rules;

/// <summary>
/// The words an officer can check at a glance to see why a mention got its label: the question form, or the kind of
/// incident reported. They explain the model's verdict; the model, not these lists, decides the label.
/// </summary>
public static partial class LabelCues
{
    public static string? Find(MentionLabel label, string text)
    {
        var match = label switch
        {
            MentionLabel.Question => Question().Match(text),
            MentionLabel.Report => Report().Match(text),
            _ => Other().Match(text),
        };
        return match.Success ? match.Value.Trim().ToLowerInvariant() : null;
    }

    /// <summary>A link, a retweet or a quoted post: the text passes on someone else's words or a headline.</summary>
    public static bool IsPassedOn(string text) => PassedOn().IsMatch(text);

    /// <summary>Markers of a rhetorical or joking question ("why would", "seriously?", "lol").</summary>
    public static bool IsRhetorical(string text) => Rhetorical().IsMatch(text);

    [GeneratedRegex(@"https?://|www\.|\bRT @|^\s*[“""]\s*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassedOn();

    [GeneratedRegex(@"\b(why|who cares|seriously|lol|lmao|haha\w*|wtf|omg|really\?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rhetorical();

    [GeneratedRegex(
        @"\b(how (do|can|long|would) (i|we|you)|can (i|you|we|someone|anyone)|does anyone|anyone know|is there|is it|are (you|the|there)|" +
        @"where (do|can|is)|what (is|are|do|should|time|happens|'s)|who (do|is|should)|why (is|are)|when (is|will)|any (news|update)|" +
        @"sut|ble|pam|pryd|pwy|ydy|oes)\b|\?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(
        @"\b(saw|seen|spotted|witness\w*|stolen|stole|theft|burglar\w*|broken? into|break-in|assault\w*|crash\w*|collision|accident|" +
        @"missing|suspicious|reports? of|damage\w*|injured|collapsed?|flood\w*|fire|vandal\w*|dealing|drugs?|speeding|scam|abandoned|" +
        @"found|lost|trapped|attack\w*|knife|gun|fight|harass\w*|threat\w*|dumped|fly-?tipping|closed|blocked|" +
        @"wedi'i ddwyn|gwelais|damwain|ar goll|llifogydd|tân)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Report();

    [GeneratedRegex(
        @"\b(thanks?|thank you|cheers|well done|great|brilliant|congratulations|pray\w*|thoughts|rip|love|useless|joke|disgrace\w*|" +
        @"lol|lmao|follow|click|dm me|earn|diolch|da iawn|llongyfarchiadau)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Other();
}
