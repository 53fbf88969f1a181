using System.Text.Json.Nodes;

namespace PoliceSocial.Infra.Tests.Templates;

/// <summary>
/// Builds and lints every .bicep file under infra/ once per test run with the Bicep CLI (one run of each over a
/// copy of infra/, so compiled JSON never lands in the repository). Tests then read the ARM JSON Azure would deploy.
/// </summary>
public sealed class CompiledTemplates : IDisposable
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("policesocial-bicep-").FullName;

    public CompiledTemplates()
    {
        Cli = BicepCli.Locate();
        foreach (var file in Directory.EnumerateFiles(Repository.Infra, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_workDirectory, Path.GetRelativePath(Repository.Infra, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        Files = [.. Directory.EnumerateFiles(_workDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_workDirectory, f)).Order(StringComparer.Ordinal)];
        Build = Cli.Run(_workDirectory, "build", "--pattern", "**/*.bicep");
        Lint = Cli.Run(_workDirectory, "lint", "--pattern", "**/*.bicep");
        foreach (var file in Files)
        {
            var json = Path.Combine(_workDirectory, Path.ChangeExtension(file, ".json"));
            if (File.Exists(json))
            {
                Json[file] = JsonNode.Parse(File.ReadAllText(json))!.AsObject();
            }
        }

        Main = new ArmTemplate(Json.TryGetValue("main.bicep", out var main)
            ? main
            : throw new InvalidOperationException("infra/main.bicep did not build: " + Build));
    }

    public BicepCli Cli { get; }

    /// <summary>Every .bicep file, relative to infra/, e.g. "app/storage.bicep".</summary>
    public IReadOnlyList<string> Files { get; }

    public BicepResult Build { get; }

    public BicepResult Lint { get; }

    /// <summary>Compiled templates by source file relative to infra/.</summary>
    public Dictionary<string, JsonObject> Json { get; } = [];

    /// <summary>The compiled infra/main.bicep, modules nested.</summary>
    public ArmTemplate Main { get; }

    /// <summary>Diagnostics the CLI printed for one file (lines start with the file's path).</summary>
    public static IEnumerable<string> DiagnosticsFor(BicepResult result, string file) =>
        (result.Output + "\n" + result.Error).Split('\n')
            .Where(line => line.Contains(file.Replace('\\', '/') + "(", StringComparison.Ordinal));

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplatesCollection : ICollectionFixture<CompiledTemplates>
{
    public const string Name = "Compiled Bicep templates";
}
