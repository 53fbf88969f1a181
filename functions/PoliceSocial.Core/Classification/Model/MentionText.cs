using System.Text;
using System.Text.RegularExpressions;

namespace PoliceSocial.Classification.Model;

/// <summary>
/// Turns a raw post into the text the model sees: handles, links, phone numbers and numbers become placeholder words (999 and 101 keep theirs),
/// HTML entities are decoded and the question mark becomes a word of its own. The model then learns "someone gave an
/// address or phone number" and "this asks something" rather than memorising who or which link.
/// </summary>
public static partial class MentionText
{
    public static string Prepare(string text)
    {
        var s = System.Net.WebUtility.HtmlDecode(text);
        s = Links().Replace(s, " xurl ");
        s = Handles().Replace(s, " xuser ");
        s = Phones().Replace(s, " xphone ");
        s = Numbers().Replace(s, m => m.ValueSpan is "999" or "101" or "112" ? $" x{m.Value} " : " xnum ");
        var builder = new StringBuilder(s.Length + 32);
        builder.Append("xstart ");
        foreach (var c in s)
        {
            switch (c)
            {
                case '?':
                    builder.Append(" xquestion ");
                    break;
                case '!':
                    builder.Append(" xbang ");
                    break;
                case '#':
                    builder.Append(' ');
                    break;
                case '’':
                    builder.Append('\'');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        builder.Append(" xend");
        return builder.ToString();
    }

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Handles();

    [GeneratedRegex(@"(\+?\d[\d\- ]{8,}\d)")]
    private static partial Regex Phones();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
