using System.Text.Json.Nodes;

namespace PoliceSocial.Infra.Tests.Templates;

/// <summary>
/// Builds every .bicep file under infra/ once per test run with the Bicep CLI, and lints each. Tests then read the
/// ARM JSON that Azure would deploy.
/// </summary>
public sealed class CompiledTemplates : IDisposable
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("policesocial-bicep-").FullName;

    public CompiledTemplates()
    {
        Cli = BicepCli.Locate();
        foreach (var file in Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories).Order())
        {
            var relative = Path.GetRelativePath(Repository.Infra, file);
            var outFile = Path.Combine(_outputDirectory, Path.ChangeExtension(relative, ".json"));
            Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);
            Builds[relative] = Cli.Run("build", file, "--outfile", outFile);
            Lints[relative] = Cli.Run("lint", file);
            if (Builds[relative].ExitCode == 0)
            {
                Json[relative] = JsonNode.Parse(File.ReadAllText(outFile))!.AsObject();
            }
        }

        Main = new ArmTemplate(Json.TryGetValue("main.bicep", out var main)
            ? main
            : throw new InvalidOperationException("main.bicep did not build: " + Builds["main.bicep"]));
    }

    public BicepCli Cli { get; }

    /// <summary>Build results by path relative to infra/, e.g. "app/storage.bicep".</summary>
    public Dictionary<string, BicepResult> Builds { get; } = [];

    public Dictionary<string, BicepResult> Lints { get; } = [];

    public Dictionary<string, JsonObject> Json { get; } = [];

    /// <summary>The compiled infra/main.bicep, modules nested.</summary>
    public ArmTemplate Main { get; }

    public void Dispose() => Directory.Delete(_outputDirectory, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplatesCollection : ICollectionFixture<CompiledTemplates>
{
    public const string Name = "Compiled Bicep templates";
}
