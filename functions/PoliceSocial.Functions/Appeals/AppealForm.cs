using Microsoft.AspNetCore.Http;
using PoliceSocial.Appeals;

namespace PoliceSocial.Functions.Appeals;

/// <summary>Maps the HTML form's fields onto an <see cref="AppealSubmission"/>.</summary>
public static class AppealForm
{
    public static AppealSubmission ToSubmission(IFormCollection form)
    {
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

        var variants = new Dictionary<string, string>();
        foreach (var key in form.Keys.Where(k => k.StartsWith("variant_", StringComparison.Ordinal)))
        {
            variants[key["variant_".Length..]] = form[key].ToString();
        }

        return new AppealSubmission
        {
            Type = Field("type"),
            Title = Field("title"),
            Text = Field("text"),
            WelshText = Field("welshText"),
            Variants = variants,
            Platforms = form["platforms"].Where(p => p is not null).Select(p => p!).ToList(),
            FirstPublishAt = Field("firstPublishAt"),
            RepeatEveryHours = int.TryParse(Field("repeatEveryHours"), out var hours) ? hours : null,
            DailyTimes = Field("dailyTimes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            RepeatUntil = Field("repeatUntil"),
            CaseReference = Field("caseReference"),
            ReviewBy = Field("reviewBy"),
        };
    }
}
