using System.Text.Json.Nodes;
using PoliceSocial.Officers;

namespace PoliceSocial.Infra.Tests.Templates;

/// <summary>The app roles docs/deploy.md registers are exactly the ones the app checks.</summary>
public sealed class EntraAppRolesTests
{
    [Fact]
    public void The_registration_defines_the_roles_the_app_checks()
    {
        var roles = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "entra", "app-roles.json")))!.AsArray();
        Assert.Equal(
            new[] { Officer.ApproverRole, Officer.DutyInspectorRole }.Order(StringComparer.Ordinal),
            roles.Select(r => (string)r!["value"]!).Order(StringComparer.Ordinal));
        Assert.All(roles, r =>
        {
            Assert.True((bool)r!["isEnabled"]!);
            Assert.Equal(["User"], r["allowedMemberTypes"]!.AsArray().Select(m => (string)m!));
        });
    }
}
