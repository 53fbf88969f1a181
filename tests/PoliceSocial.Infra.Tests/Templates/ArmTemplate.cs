using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PoliceSocial.Infra.Tests.Templates;

/// <summary>A compiled ARM template (or a module's nested template) with the few look-ups the tests need.</summary>
public sealed partial class ArmTemplate(JsonObject template)
{
    public JsonObject Json { get; } = template;

    public IEnumerable<JsonObject> Resources =>
        Json["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject symbolic => symbolic.Select(p => p.Value!.AsObject()),
            _ => [],
        };

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type) => OfType(type).Single();

    /// <summary>A module, by its deployment name in main.bicep.</summary>
    public JsonObject ModuleDeployment(string name) =>
        OfType("Microsoft.Resources/deployments").Single(r => (string?)r["name"] == name);

    public ArmTemplate Module(string name) =>
        new(ModuleDeployment(name)["properties"]!["template"]!.AsObject());

    /// <summary>The value main.bicep passes to a module parameter.</summary>
    public JsonNode? ModuleParameter(string module, string parameter) =>
        ModuleDeployment(module)["properties"]!["parameters"]![parameter]?["value"];

    /// <summary>Every resource in this template and in every nested module template.</summary>
    public IEnumerable<JsonObject> AllResources =>
        Resources.SelectMany(r =>
            (string?)r["type"] == "Microsoft.Resources/deployments" && r["properties"]?["template"] is JsonObject nested
                ? new ArmTemplate(nested).AllResources.Prepend(r)
                : [r]);

    public JsonNode? Variable(string name) => Json["variables"]?[name];

    /// <summary>
    /// Resolves the template's own <c>[variables('x')]</c> and <c>variables('x').y</c> where they stand for literal
    /// values, so tests can compare e.g. a role definition id with the built-in role's GUID.
    /// </summary>
    public string Resolve(string expression) =>
        VariableMember().Replace(expression, m =>
            Variable(m.Groups["name"].Value)?[m.Groups["member"].Value]?.GetValue<string>() ?? m.Value);

    /// <summary>A literal array variable, e.g. main.bicep's queueNames.</summary>
    public IReadOnlyList<string> StringArrayVariable(string name) =>
        Variable(name)!.AsArray().Select(n => (string)n!).ToList();

    [GeneratedRegex(@"variables\('(?<name>\w+)'\)\.(?<member>\w+)")]
    private static partial Regex VariableMember();
}
