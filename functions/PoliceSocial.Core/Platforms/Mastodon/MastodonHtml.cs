using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PoliceSocial.Platforms.Mastodon;

/// <summary>
/// Mastodon sends status content as HTML. The desk and the classifier read plain text: paragraphs become blank lines,
/// line breaks newlines, entities are decoded, and links keep their full address (Mastodon hides parts of long links
/// in invisible spans, which are kept here).
/// </summary>
public static class MastodonHtml
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var text = new StringBuilder();
        Append(document.Body!, text);
        return text.ToString().Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText part:
                    text.Append(part.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "p" or "blockquote" or "li" or "pre" } block:
                    if (text.Length > 0)
                    {
                        text.Append(block.LocalName == "li" ? "\n" : "\n\n");
                    }

                    Append(block, text);
                    break;
                case IElement { LocalName: "script" or "style" }:
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }
}
