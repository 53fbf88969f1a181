using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using PoliceSocial.Appeals;

namespace PoliceSocial.Functions.Appeals;

/// <summary>The appeal form and its confirmation page. Every value that came from a person is HTML-encoded.</summary>
public static class AppealPages
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static ContentResult Form(IEnumerable<string> platforms, IReadOnlyDictionary<string, string>? errors = null, int statusCode = 200)
    {
        var body = new StringBuilder();
        body.Append("<h1>Submit an appeal</h1>");
        if (errors is { Count: > 0 })
        {
            body.Append("<div role=\"alert\" class=\"errors\"><h2>Please correct these</h2><ul>");
            foreach (var (field, message) in errors)
            {
                body.Append($"<li><strong>{Html.Encode(field)}</strong>: {Html.Encode(message)}</li>");
            }

            body.Append("</ul></div>");
        }

        body.Append("<form method=\"post\" action=\"/api/appeals\">");
        body.Append("<label>Type <select name=\"type\"><option value=\"missing-person\">Missing person</option><option value=\"wanted\">Wanted</option><option value=\"witness\">Witness appeal</option><option value=\"general\">General</option></select></label>");
        body.Append($"<label>Title <input name=\"title\" required maxlength=\"{AppealSubmission.MaxTitleLength}\"></label>");
        body.Append($"<label>Text <textarea name=\"text\" required maxlength=\"{AppealSubmission.MaxTextLength}\"></textarea></label>");
        body.Append($"<label>Welsh text (optional) <textarea name=\"welshText\" maxlength=\"{AppealSubmission.MaxTextLength}\"></textarea></label>");
        body.Append("<fieldset><legend>Platforms</legend>");
        foreach (var platform in platforms)
        {
            var name = Html.Encode(platform);
            body.Append($"<label><input type=\"checkbox\" name=\"platforms\" value=\"{name}\" checked> {name}</label>");
        }

        body.Append("</fieldset>");
        body.Append("<label>First publication (UTC, ISO 8601) <input name=\"firstPublishAt\" required placeholder=\"2026-11-25T09:30:00Z\"></label>");
        body.Append("<label>Repeat every N hours <input name=\"repeatEveryHours\" type=\"number\" min=\"1\" max=\"168\"></label>");
        body.Append("<label>Or daily at (HH:mm, comma-separated) <input name=\"dailyTimes\" placeholder=\"09:00,18:00\"></label>");
        body.Append("<label>Repeat until <input name=\"repeatUntil\"></label>");
        body.Append($"<label>Case reference <input name=\"caseReference\" required maxlength=\"{AppealSubmission.MaxCaseReferenceLength}\"></label>");
        body.Append("<label>Review by <input name=\"reviewBy\"></label>");
        body.Append("<button type=\"submit\">Submit for approval</button></form>");
        return Page("Submit an appeal", body.ToString(), statusCode);
    }

    public static ContentResult Submitted(AppealEntity appeal) => Page("Appeal submitted",
        $"<h1>Appeal submitted</h1><p>Your appeal <strong>{Html.Encode(appeal.Title)}</strong> " +
        $"(reference <code>{Html.Encode(appeal.Id)}</code>, case {Html.Encode(appeal.CaseReference)}) is waiting for approval " +
        $"by another officer with the Approver role.</p><p><a href=\"/api/appeals/new\">Submit another</a></p>");

    private static ContentResult Page(string title, string body, int statusCode = 200) => new()
    {
        StatusCode = statusCode,
        ContentType = "text/html; charset=utf-8",
        Content = $"<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{Html.Encode(title)} – PoliceSocialFunctions</title>" +
                  "<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}label{display:block;margin:.75rem 0}" +
                  "input,select,textarea{display:block;width:100%;padding:.4rem}textarea{min-height:6rem}.errors{border:3px solid #d4351c;padding:.5rem 1rem}" +
                  "fieldset label{display:inline-block;margin-right:1rem}fieldset input{display:inline;width:auto}</style></head>" +
                  $"<body><main>{body}</main></body></html>",
    };
}
