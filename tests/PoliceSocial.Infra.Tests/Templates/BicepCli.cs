using System.Diagnostics;
using System.Reflection;

namespace PoliceSocial.Infra.Tests.Templates;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, which restore downloads (PackageDownload
/// in the project file) into the NuGet package folder: no separate install, so `dotnet test` works on a new machine.
/// </summary>
public sealed class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    private BicepCli(string path) => Path = path;

    public string Path { get; }

    public static BicepCli Locate()
    {
        var version = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepCliVersion").Value!;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrWhiteSpace(packages))
        {
            packages = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        var path = System.IO.Path.Combine(packages, PackageId, version, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI is not at {path}. Run `dotnet restore` on this project to download it.");
        }

        // NuGet may extract the file without the execute bit; a read-only package folder gets a private copy.
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) == 0)
        {
            try
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                var copy = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bicep-{version}");
                File.Copy(path, copy, overwrite: true);
                File.SetUnixFileMode(copy, File.GetUnixFileMode(copy) | UnixFileMode.UserExecute);
                path = copy;
            }
        }

        return new BicepCli(path);
    }

    public BicepResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline: no telemetry, no update checks.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }

        return new BicepResult(process.ExitCode, output.Result, error.Result);
    }
}

public sealed record BicepResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
