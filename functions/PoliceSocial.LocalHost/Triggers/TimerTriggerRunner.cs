using Cronos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>
/// Runs one timer function on its CRON schedule (six fields, seconds first, as the Functions timer trigger reads it;
/// %Setting% names resolved from configuration). Runs never overlap, like the host's singleton timer lock.
/// </summary>
public sealed class TimerTriggerRunner(
    FunctionDefinition function,
    FunctionInvoker invoker,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<TimerTriggerRunner> logger) : BackgroundService
{
    public static string ResolveSchedule(string schedule, IConfiguration configuration)
    {
        if (schedule.StartsWith('%') && schedule.EndsWith('%'))
        {
            var setting = schedule.Trim('%');
            return configuration[setting] ?? throw new InvalidOperationException($"The timer schedule setting '{setting}' is not configured.");
        }

        return schedule;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = ResolveSchedule(function.Timer!.Schedule, configuration);
        var cron = CronExpression.Parse(schedule, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        logger.LogInformation("Timer function {Function} scheduled '{Schedule}'", function.Name, schedule);

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = cron.GetNextOccurrence(now.UtcDateTime, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            try
            {
                await Task.Delay(next.Value - now.UtcDateTime, clock, stoppingToken);
                await invoker.InvokeAsync(function, new TimerInfo(), null, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Timer function {Function} failed; it runs again at its next schedule", function.Name);
            }
        }
    }
}
