namespace PoliceSocial.Appeals;

/// <summary>
/// When an appeal is posted: first at <see cref="FirstAt"/>, then either every <see cref="RepeatEveryHours"/> hours or
/// at fixed <see cref="DailyTimes"/> (force-local time), until <see cref="Until"/>.
/// </summary>
public sealed record AppealSchedule(
    DateTimeOffset FirstAt,
    int? RepeatEveryHours = null,
    IReadOnlyList<TimeOnly>? DailyTimes = null,
    DateTimeOffset? Until = null)
{
    /// <summary>A runaway schedule (every hour for a year) is refused rather than flooding the timeline.</summary>
    public const int MaxOccurrences = 200;

    public bool Repeats => RepeatEveryHours is > 0 || DailyTimes is { Count: > 0 };

    /// <summary>Every posting time, in order, the first included.</summary>
    public IReadOnlyList<DateTimeOffset> Occurrences(TimeZoneInfo forceTimeZone)
    {
        var times = new SortedSet<DateTimeOffset> { FirstAt.ToUniversalTime() };
        if (Until is not { } until)
        {
            return times.ToList();
        }

        if (RepeatEveryHours is > 0 and var hours)
        {
            for (var next = FirstAt.AddHours(hours); next <= until && times.Count < MaxOccurrences + 1; next = next.AddHours(hours))
            {
                times.Add(next.ToUniversalTime());
            }
        }

        if (DailyTimes is { Count: > 0 })
        {
            var firstLocal = TimeZoneInfo.ConvertTime(FirstAt, forceTimeZone);
            for (var day = DateOnly.FromDateTime(firstLocal.DateTime); times.Count < MaxOccurrences + 1; day = day.AddDays(1))
            {
                var dayStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), forceTimeZone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
                if (dayStart > until)
                {
                    break;
                }

                foreach (var time in DailyTimes)
                {
                    var local = day.ToDateTime(time);
                    var at = new DateTimeOffset(local, forceTimeZone.GetUtcOffset(local)).ToUniversalTime();
                    if (at > FirstAt && at <= until)
                    {
                        times.Add(at);
                    }
                }
            }
        }

        return times.ToList();
    }
}
