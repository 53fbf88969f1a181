using PoliceSocial.Appeals;

namespace PoliceSocial.Core.Tests.Appeals;

public sealed class AppealSubmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Enabled = ["local", "x", "mastodon"];

    private static AppealSubmission Valid() => new()
    {
        Type = "wanted",
        Title = "Wanted: John Smith",
        Text = "Have you seen John Smith? Do not approach; call 999.",
        Platforms = ["x", "mastodon"],
        FirstPublishAt = "2026-11-25T10:00:00Z",
        CaseReference = "WY/2611/77",
    };

    [Fact]
    public void A_complete_submission_is_valid()
    {
        var result = Valid().Validate(Enabled, Now);
        Assert.True(result.IsValid);
        Assert.Equal(AppealType.Wanted, result.Draft!.Type);
        Assert.Equal(["x", "mastodon"], result.Draft.Platforms);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("type")]
    [InlineData("caseReference")]
    [InlineData("firstPublishAt")]
    [InlineData("platforms")]
    public void Each_bad_field_is_reported_under_its_own_name(string field)
    {
        var submission = Valid();
        switch (field)
        {
            case "title": submission.Title = new string('t', AppealSubmission.MaxTitleLength + 1); break;
            case "type": submission.Type = "found"; break;
            case "caseReference": submission.CaseReference = "<b>ref</b>"; break;
            case "firstPublishAt": submission.FirstPublishAt = "2026-11-24T09:00:00Z"; break;
            case "platforms": submission.Platforms = ["myspace"]; break;
        }

        var result = submission.Validate(Enabled, Now);
        Assert.False(result.IsValid);
        Assert.Equal([field], result.Errors.Keys);
    }

    [Fact]
    public void A_text_too_long_for_one_platform_needs_a_variant_for_it()
    {
        var submission = Valid();
        submission.Text = string.Join(' ', Enumerable.Repeat("witness", 50)); // 399 characters: fine on Mastodon, too long for X
        var refused = submission.Validate(Enabled, Now);
        Assert.Contains("x", refused.Errors["text"]);

        submission.Variants = new() { ["x"] = "Witnesses wanted: call 101 quoting WY/2611/77." };
        Assert.True(submission.Validate(Enabled, Now).IsValid);
    }

    [Fact]
    public void A_repeating_appeal_needs_an_end_after_its_start()
    {
        var submission = Valid();
        submission.RepeatEveryHours = 6;
        Assert.Contains("repeatUntil", submission.Validate(Enabled, Now).Errors.Keys);

        submission.RepeatUntil = "2026-11-25T09:30:00Z";
        Assert.Contains("repeatUntil", submission.Validate(Enabled, Now).Errors.Keys);

        submission.RepeatUntil = "2026-11-27T10:00:00Z";
        Assert.True(submission.Validate(Enabled, Now).IsValid);
    }

    [Fact]
    public void Daily_times_must_be_times_of_day()
    {
        var submission = Valid();
        submission.DailyTimes = ["09:00", "25:99"];
        submission.RepeatUntil = "2026-11-27T10:00:00Z";
        Assert.Contains("25:99", submission.Validate(Enabled, Now).Errors["dailyTimes"]);
    }
}
