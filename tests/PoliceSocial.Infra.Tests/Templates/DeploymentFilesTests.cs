using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PoliceSocial.Infra.Tests.Templates;

/// <summary>azure.yaml and main.parameters.json agree with the template, so `azd up` provisions and deploys.</summary>
[Collection(CompiledTemplatesCollection.Name)]
public sealed partial class DeploymentFilesTests(CompiledTemplates templates)
{
    private static JsonObject ParametersFile =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "main.parameters.json")))!["parameters"]!.AsObject();

    [Fact]
    public void Every_required_parameter_is_in_the_parameters_file()
    {
        var required = templates.Main.Json["parameters"]!.AsObject()
            .Where(p => p.Value!["defaultValue"] is null)
            .Select(p => p.Key);
        Assert.All(required, name => Assert.True(ParametersFile.ContainsKey(name), $"main.parameters.json lacks {name}"));
    }

    [Fact]
    public void The_parameters_file_names_only_parameters_the_template_has()
    {
        var declared = templates.Main.Json["parameters"]!.AsObject();
        Assert.All(ParametersFile, p => Assert.True(declared.ContainsKey(p.Key), $"main.bicep has no parameter {p.Key}"));
    }

    [Fact]
    public void The_parameters_file_takes_values_from_the_azd_environment()
    {
        Assert.Equal("${AZURE_ENV_NAME}", (string?)ParametersFile["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)ParametersFile["location"]!["value"]);
        Assert.All(ParametersFile, p => Assert.Matches(@"^\$\{[A-Z_]+(=[^}]*)?\}$", (string?)p.Value!["value"]));
    }

    [Fact]
    public void Azure_yaml_deploys_the_function_project_to_the_tagged_app()
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Root, "azure.yaml"));
        var project = ServiceProject().Match(yaml).Groups["project"].Value.Trim();
        Assert.True(File.Exists(Path.Combine(Repository.Root, project, "PoliceSocial.Functions.csproj")), project);
        Assert.Matches(@"(?m)^\s+host:\s*function\s*$", yaml);
        Assert.Matches(@"(?m)^\s+language:\s*dotnet\s*$", yaml);

        // azd finds the app by this tag, for service "api".
        var site = templates.Main.Module("function-app").Single("Microsoft.Web/sites");
        Assert.Contains("'azd-service-name', 'api'", (string?)site["tags"]);
        Assert.Matches(@"(?m)^  api:\s*$", yaml);
    }

    [GeneratedRegex(@"(?m)^\s+project:\s*(?<project>\S+)\s*$")]
    private static partial Regex ServiceProject();
}
