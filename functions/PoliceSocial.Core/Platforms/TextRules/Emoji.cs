namespace PoliceSocial.Platforms.TextRules;

/// <summary>
/// Whether a grapheme is an emoji as twitter-text's emoji parsing sees one: a pictograph, a flag, a keycap, or any
/// sequence joined or styled as emoji. Close to the Unicode emoji data without shipping it.
/// </summary>
internal static class Emoji
{
    private const int VariationSelector16 = 0xFE0F;
    private const int CombiningKeycap = 0x20E3;

    public static bool IsEmoji(string grapheme)
    {
        var runes = grapheme.EnumerateRunes().Select(r => r.Value).ToList();
        if (runes.Count == 0)
        {
            return false;
        }

        // A pictograph (with or without skin tone or joined sequence), or any base drawn as emoji: "1️⃣", "©️".
        return IsPictographic(runes[0]) || runes.Skip(1).Any(c => c is VariationSelector16 or CombiningKeycap);
    }

    private static bool IsPictographic(int c) =>
        c is (>= 0x1F000 and <= 0x1FAFF)   // pictographs, emoticons, transport, supplemental symbols, flags (regional indicators)
            or (>= 0x2600 and <= 0x27BF)   // miscellaneous symbols and dingbats
            or (>= 0x2B05 and <= 0x2B55)   // arrows, stars and circles with emoji forms
            or (>= 0x231A and <= 0x23FF)   // watch, hourglass, media controls
            or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x3030 or 0x303D or 0x3297 or 0x3299
            or (>= 0x2194 and <= 0x21AA) or 0x24C2 or (>= 0x25AA and <= 0x25FE) or (>= 0x2934 and <= 0x2935);
}
