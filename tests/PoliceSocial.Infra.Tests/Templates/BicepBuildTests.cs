namespace PoliceSocial.Infra.Tests.Templates;

[Collection(CompiledTemplatesCollection.Name)]
public sealed class BicepBuildTests(CompiledTemplates templates)
{
    public static TheoryData<string> BicepFiles() =>
        [.. Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Infra, f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Infra_has_main_and_its_modules()
    {
        Assert.Contains("main.bicep", templates.Files);
        Assert.True(templates.Files.Count(f => f.StartsWith("app" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) >= 7);
    }

    [Fact]
    public void Bicep_build_succeeds_with_no_diagnostics()
    {
        Assert.True(templates.Build.ExitCode == 0, templates.Build.ToString());
        Assert.True(string.IsNullOrWhiteSpace(templates.Build.Output + templates.Build.Error), templates.Build.ToString());
    }

    [Fact]
    public void Bicep_lint_is_clean()
    {
        Assert.True(templates.Lint.ExitCode == 0, templates.Lint.ToString());
        Assert.True(string.IsNullOrWhiteSpace(templates.Lint.Output + templates.Lint.Error), templates.Lint.ToString());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Every_bicep_file_compiles_to_an_arm_template(string file)
    {
        Assert.Empty(CompiledTemplates.DiagnosticsFor(templates.Build, file));
        Assert.Empty(CompiledTemplates.DiagnosticsFor(templates.Lint, file));
        Assert.True(templates.Json.TryGetValue(file, out var json), $"{file} did not compile: {templates.Build}");
        Assert.EndsWith("eploymentTemplate.json#", (string?)json!["$schema"]);
        Assert.NotEmpty(json["resources"]!.AsArray());
    }

    [Fact]
    public void Linter_rules_that_matter_are_errors()
    {
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "bicepconfig.json")))!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();
        string[] mustBeErrors =
        [
            "no-hardcoded-env-urls", "no-unused-params", "no-unused-vars", "outputs-should-not-contain-secrets",
            "secure-parameter-default", "secure-secrets-in-params", "use-secure-value-for-secure-inputs",
            "protect-commandtoexecute-secrets", "no-hardcoded-location", "use-resource-symbol-reference",
            "use-stable-resource-identifiers", "what-if-short-circuiting",
        ];
        Assert.All(mustBeErrors, rule => Assert.Equal("error", (string?)rules[rule]?["level"]));
    }
}
