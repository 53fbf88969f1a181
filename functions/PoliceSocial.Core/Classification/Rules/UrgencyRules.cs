using System.Text.RegularExpressions;

namespace PoliceSocial.Classification.Rules;

/// <summary>
/// Explicit urgency cues in English and Welsh: a threat to life or safety happening now (RUBRIC.md, "urgent").
/// Rules, not only the model, carry these because a missed urgent mention costs the most and these phrases are rare in
/// any training set: a rule catches "he's got a knife" the first time it is ever seen.
/// Strong cues alone make a mention urgent; weak cues ("right now", "vulnerable") only with some support from the model.
/// </summary>
public static partial class UrgencyRules
{
    public static string? FindStrongCue(string text) => First(text, StrongEnglish(), StrongWelsh(), Called999());

    public static string? FindWeakCue(string text) => First(text, WeakEnglish());

    /// <summary>Words that say the danger is over or in the past ("found safe", "last year", "no one hurt").</summary>
    public static string? FindResolvedCue(string text) => First(text, Resolved());

    /// <summary>101 is the non-emergency number: a mention about 101 is, by the author's own account, not an emergency.</summary>
    public static string? FindNonEmergencyCue(string text) => First(text, NonEmergency());

    private static string? First(string text, params Regex[] rules)
    {
        foreach (var rule in rules)
        {
            var match = rule.Match(text);
            if (match.Success)
            {
                return match.Value.ToLowerInvariant();
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"\b(" +
        @"send help|need(s|ing)? (urgent |immediate )?(rescue|rescuing|rescuers)|urgent help|need help now|" +
        @"trapped|entrapment|stuck (on|in) (the )?(roof|lift|flood|water)|buried|under (the )?rubble|" +
        @"(being|been|getting|just been) (stabbed|attacked|assaulted|beaten up|chased|followed|strangled|kidnapped|raped|held)|" +
        @"stabbing|shots? fired|gunman|(has|with|got|waving|pulled) (a |out a )?(knife|gun|machete|sword|weapon|hammer)|" +
        @"breaking in(to)?|(in|into) my house now|kick(ing)? (my|the) door in|" +
        @"not breathing|unconscious|not responding|overdos(ed|e)|drowning|swept (out|away)|gone under|" +
        @"threatening to (jump|kill)|going to (jump|end it)|wants to die|" +
        @"(house|flat|car|building|block) (is )?on fire|on fire with|" +
        @"following me|in danger|danger to life|immediate (danger|rescue)|" +
        @"(stuck|stranded|trapped|people|family|families|kids|children) on (top of )?(the |a |their |our |his |her )?roofs?|on top of (the |a |their |our )?roof|" +
        @"please rescue|(pls|plz) rescue|rescue (us|them|my)" +
        @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongEnglish();

    [GeneratedRegex(
        @"\b(help me|help us|stranded|rescue|rescuers|rooftops?|on (the )?roof|flooded (house|home|hospital)|no food|critical condition|water (is )?(still )?rising|in need( of)?|(pls|please|plz) send|send (them|us)|(chest|neck|waist)[- ]?deep|please help|pls help|help needed|needs? help|right now|happening now|come now|send (someone|police)|please hurry|hurry|asap|" +
        @"urgent(ly)?|vulnerable|dementia|missing|not moving|in the (water|river|sea|canal)|screaming|evacuat\w*|shelter|" +
        @"fire (is )?spreading|fire approaches|help\s*!|attack\w*|knife|gun|stabbed|injured|bleeding|collapsed|suicid\w*|jump)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakEnglish();

    // Welsh: help (helpwch), trapped (yn gaeth, yn sownd), in danger (mewn perygl), urgently (ar frys), with a knife/gun
    // (gyda chyllell, gyda gwn), stabbed (trywanu), drowning (boddi), attacked (ymosod arno/arni), following me (fy nilyn),
    // come now (dewch nawr), send help (anfonwch help), dementia, call 999 (ffoniwch 999).
    [GeneratedRegex(
        @"(helpwch|\bhelp ?!|yn gaeth|yn sownd|mewn perygl|ar frys|gyda chyllell|gyda gwn|drywanu|trywanu|tân yn|yn boddi|" +
        @"ymosod arno|ymosod arni|fy nilyn|dewch nawr|anfonwch (help|yr heddlu)|ddementia|ffoniwch 999)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongWelsh();

    // Someone calling 999, or telling others to, right now.
    [GeneratedRegex(@"\b(call(ing|ed)?|ring(ing)?|rang|phon(e|ed|ing)|dial(led|ling)?|on the phone to) (an? )?(999|112|ambulance)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Called999();

    [GeneratedRegex(@"\b(101|non[- ]emergency)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonEmergency();

    [GeneratedRegex(
        @"\b(found safe|safe and well|been found|now safe|home safe|all fine|is fine|are fine|is ok|no one (was )?(hurt|injured)|nobody (was )?(hurt|injured)|" +
        @"last (night|week|month|year)|yesterday|years ago|earlier today|was arrested|been arrested|rip|rest in peace|" +
        @"pray(ing|ers)? for|thoughts (are )?with|anniversary|remember(ing)?|it's out now)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resolved();
}
