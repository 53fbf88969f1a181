namespace PoliceSocial.Infra.Tests.Templates;

[Collection(CompiledTemplatesCollection.Name)]
public sealed class BicepBuildTests(CompiledTemplates templates)
{
    public static TheoryData<string> BicepFiles() =>
        [.. Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Infra, f)).Order()];

    [Fact]
    public void Infra_has_main_and_the_modules()
    {
        Assert.Contains("main.bicep", templates.Builds.Keys);
        Assert.True(templates.Builds.Keys.Count(k => k.StartsWith("app" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) >= 7);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Every_bicep_file_builds_without_warnings(string file)
    {
        var build = templates.Builds[file];
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(string.IsNullOrWhiteSpace(build.Output) && string.IsNullOrWhiteSpace(build.Error), build.ToString());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Every_bicep_file_lints_clean(string file)
    {
        var lint = templates.Lints[file];
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.True(string.IsNullOrWhiteSpace(lint.Output) && string.IsNullOrWhiteSpace(lint.Error), lint.ToString());
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
        foreach (var rule in mustBeErrors)
        {
            Assert.Equal("error", (string?)rules[rule]?["level"]);
        }
    }
}
