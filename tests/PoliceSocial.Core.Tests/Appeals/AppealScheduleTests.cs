using PoliceSocial.Appeals;

namespace PoliceSocial.Core.Tests.Appeals;

public sealed class AppealScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void A_one_off_appeal_has_one_occurrence()
    {
        var first = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal([first], new AppealSchedule(first).Occurrences(London));
    }

    [Fact]
    public void Every_n_hours_runs_until_the_end_inclusive()
    {
        var first = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var times = new AppealSchedule(first, RepeatEveryHours: 8, Until: first.AddHours(24)).Occurrences(London);
        Assert.Equal([first, first.AddHours(8), first.AddHours(16), first.AddHours(24)], times);
    }

    [Fact]
    public void Daily_times_are_force_local_time_across_the_clock_change()
    {
        // British Summer Time ends on 25 October 2026: 09:00 local is 08:00 UTC before and 09:00 UTC after.
        var first = new DateTimeOffset(2026, 10, 24, 7, 0, 0, TimeSpan.Zero);
        var times = new AppealSchedule(first, DailyTimes: [new TimeOnly(9, 0)], Until: new DateTimeOffset(2026, 10, 26, 23, 0, 0, TimeSpan.Zero)).Occurrences(London);
        Assert.Equal(
            [first, new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero)],
            times);
    }

    [Fact]
    public void A_runaway_schedule_is_capped()
    {
        var first = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var times = new AppealSchedule(first, RepeatEveryHours: 1, Until: first.AddYears(1)).Occurrences(London);
        Assert.True(times.Count <= AppealSchedule.MaxOccurrences + 1);
    }
}
