using System.Diagnostics;
using System.Reflection;
using System.Text;
using PoliceSocial.LocalHost.Storage;

namespace PoliceSocial.LocalHost.Tests;

/// <summary>
/// The README's run command as a user runs it: a real process with the shipped settings and sample data, which must
/// process the sample within 60 seconds and stop cleanly, Azurite included, on Ctrl-C (SIGINT).
/// </summary>
public sealed class RunCommandProcessTests
{
    [Fact]
    public async Task The_run_command_processes_the_sample_data_and_stops_cleanly_on_ctrl_c()
    {
        var configuration = typeof(LocalFunctionHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var folder = Path.Combine(RepositoryRoot.Find(), "functions", "PoliceSocial.LocalHost", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(folder, "PoliceSocial.LocalHost.dll"), "run", "--port", "0" },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            string Log() { lock (output) { return output.ToString(); } }
            await Eventually.GetAsync(() => Task.FromResult<bool?>(
                Log().Contains("Post published") && Log().Contains("s-0010 as") && Log().Contains("URGENT mention")), "the sample processed", seconds: 60);

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()]))
            {
                await kill!.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping", Log());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
