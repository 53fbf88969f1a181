using System.Globalization;
using System.Text;

namespace PoliceSocial.Platforms.TextRules;

/// <summary>
/// X's weighted length, as the twitter-text v3 configuration counts it: text normalised to NFC, code points weighted
/// by range (Latin and common punctuation 1, everything else 2), every URL 23, every emoji 2 however many code points
/// it is made of, at most 280.
/// </summary>
internal static class XWeightedLength
{
    public const int MaxWeightedLength = 280;
    private const int Scale = 100;
    private const int DefaultWeight = 200;
    private const int UrlLength = 23;

    // twitter-text config/v3.json "ranges": everything here weighs 100, the rest DefaultWeight.
    private static readonly (int Start, int End)[] LightRanges = [(0, 4351), (8192, 8205), (8208, 8223), (8242, 8247)];

    public static PostTextCheck Check(string text)
    {
        var normalized = LatinComposition.Compose(text.Normalize(NormalizationForm.FormC));
        var weighted = 0;
        var valid = normalized.Length > 0;
        var urls = TextUrls.Find(normalized, requireScheme: false);
        var position = 0;
        var nextUrl = 0;
        while (position < normalized.Length)
        {
            if (nextUrl < urls.Count && urls[nextUrl].Start == position)
            {
                weighted += UrlLength * Scale;
                position += urls[nextUrl].Length;
                nextUrl++;
                continue;
            }

            var element = StringInfo.GetNextTextElement(normalized, position);
            if (nextUrl < urls.Count && position + element.Length > urls[nextUrl].Start)
            {
                // A URL starting inside a grapheme (after a combining mark): count up to it rune by rune.
                element = normalized[position..urls[nextUrl].Start];
            }

            if (Emoji.IsEmoji(element))
            {
                weighted += DefaultWeight;
            }
            else
            {
                foreach (var rune in element.EnumerateRunes())
                {
                    weighted += WeightOf(rune.Value);
                    valid &= !IsInvalid(rune.Value);
                }
            }

            position += element.Length;
        }

        var length = weighted / Scale;
        return new PostTextCheck(PlatformNames.X, length, MaxWeightedLength, valid && length <= MaxWeightedLength);
    }

    private static int WeightOf(int codePoint)
    {
        foreach (var (start, end) in LightRanges)
        {
            if (codePoint >= start && codePoint <= end)
            {
                return Scale;
            }
        }

        return DefaultWeight;
    }

    // twitter-text refuses these outright: byte-order marks, non-characters and bidi overrides.
    private static bool IsInvalid(int codePoint) => codePoint is 0xFFFE or 0xFEFF or 0xFFFF or (>= 0x202A and <= 0x202E);
}
