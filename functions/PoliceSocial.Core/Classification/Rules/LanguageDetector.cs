using System.Text.RegularExpressions;

namespace PoliceSocial.Classification.Rules;

/// <summary>
/// English / Welsh / other, by counting each language's commonest short words. A mention is a sentence or two, where
/// function words are the most reliable signal; Welsh-only letters (ŵ, ŷ) and digraph-rich words settle close calls.
/// </summary>
public static partial class LanguageDetector
{
    public const string English = "en";
    public const string Welsh = "cy";
    public const string Other = "other";

    private static readonly HashSet<string> WelshWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "ac", "ar", "am", "at", "gan", "gyda", "hefyd", "mae", "maen", "mai", "ydy", "ydw", "ydych", "yw", "oes", "oedd",
        "roedd", "bod", "wedi", "yn", "y", "yr", "i'r", "o'r", "a'r", "ond", "neu", "dim", "ddim", "nid", "na", "nawr", "rŵan",
        "dwi", "rydw", "rydyn", "dyn", "diolch", "fawr", "iawn", "heddlu", "heddiw", "ddoe", "heno", "pam", "sut", "ble", "beth",
        "pwy", "pryd", "fy", "ein", "eich", "eu", "ei", "mewn", "tu", "allan", "helpwch", "os", "gwelwch", "dda", "nhw", "chi",
        "ni", "fe", "fo", "hi", "hwn", "hon", "hyn", "yma", "yno", "fydd", "bydd", "alla", "ga", "plis", "bawb", "pawb", "ffordd",
        "stryd", "tŷ", "car", "ger", "ôl", "cael", "gael", "gweld", "gwelais", "ffoniwch", "goll", "llawer", "mor", "gwych",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "be", "been", "i", "you", "he", "she", "it", "we",
        "they", "my", "your", "his", "her", "our", "their", "this", "that", "these", "there", "here", "of", "to", "in", "on",
        "at", "for", "with", "from", "by", "not", "no", "do", "does", "did", "have", "has", "had", "can", "will", "would",
        "what", "where", "when", "who", "why", "how", "just", "so", "if", "me", "him", "them", "all", "some", "any", "get",
        "got", "im", "i'm", "it's", "don't", "please", "thanks", "thank", "now", "still", "out", "up", "about", "lol", "u",
    };

    // Words that exist in both (a, car, i...) count for both; what decides is the balance.
    public static string Detect(string text)
    {
        int welsh = 0, english = 0, words = 0;
        foreach (Match word in Words().Matches(text))
        {
            words++;
            var value = word.Value;
            if (WelshWords.Contains(value))
            {
                welsh++;
            }

            if (EnglishWords.Contains(value))
            {
                english++;
            }

            if (value.AsSpan().IndexOfAny('ŵ', 'ŷ') >= 0 || value.Contains("dd", StringComparison.OrdinalIgnoreCase) && value.Contains('w'))
            {
                welsh++;
            }
        }

        if (words == 0)
        {
            return Other;
        }

        if (welsh >= 2 && welsh > english)
        {
            return Welsh;
        }

        // Short texts with a Welsh marker word and no English word ("Diolch!") are Welsh too.
        if (welsh >= 1 && english == 0 && words <= 3)
        {
            return Welsh;
        }

        if (english >= 1 && english * 5 >= words || english >= 3)
        {
            return English;
        }

        // A word or three with no function word ("ACAB", "Hi") from a UK account is most likely English.
        return words <= 3 && LatinLetters().IsMatch(text) ? English : Other;
    }

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[A-Za-z]")]
    private static partial Regex LatinLetters();
}
