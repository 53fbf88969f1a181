using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PoliceSocial.Infra.Tests.Templates;

/// <summary>The app's identity gets only the roles it needs, each on the narrowest scope the app and host use.</summary>
[Collection(CompiledTemplatesCollection.Name)]
public sealed partial class RoleAssignmentTests(CompiledTemplates templates)
{
    // Built-in role definition ids (the same in every tenant).
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private const string RoleAssignment = "Microsoft.Authorization/roleAssignments";

    private ArmTemplate Rbac => templates.Main.Module("rbac");

    private IEnumerable<Assignment> IdentityAssignments =>
        Rbac.OfType(RoleAssignment).Select(Describe)
            .Where(a => a.PrincipalId.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal));

    [Fact]
    public void The_identity_has_exactly_the_intended_roles_on_the_intended_scopes()
    {
        var actual = IdentityAssignments.Select(a => (a.Role, a.ScopeType, a.ForEach)).OrderBy(a => a.Role).ToList();
        var expected = new[]
        {
            (StorageBlobDataOwner, "Microsoft.Storage/storageAccounts/blobServices/containers", (string?)"containerNames"),
            (StorageQueueDataContributor, "Microsoft.Storage/storageAccounts/queueServices/queues", "queueNames"),
            (StorageTableDataContributor, "Microsoft.Storage/storageAccounts/tableServices/tables", "tableNames"),
            (KeyVaultSecretsUser, "Microsoft.KeyVault/vaults", null),
            (MonitoringMetricsPublisher, "Microsoft.Insights/components", null),
        }.OrderBy(a => a.Item1).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void No_role_is_granted_on_the_storage_account_resource_group_or_subscription()
    {
        Assert.All(templates.Main.AllResources.Where(r => (string?)r["type"] == RoleAssignment), r =>
        {
            var scope = (string?)r["scope"];
            Assert.NotNull(scope);
            Assert.DoesNotContain("'Microsoft.Storage/storageAccounts',", scope);
            Assert.DoesNotContain("resourceGroup()", scope);
            Assert.DoesNotContain("subscription()", scope);
        });
    }

    [Fact]
    public void Storage_roles_cover_exactly_the_queues_tables_and_containers_the_template_creates()
    {
        foreach (var list in new[] { "queueNames", "tableNames", "containerNames" })
        {
            Assert.Equal($"[variables('{list}')]", (string?)templates.Main.ModuleParameter("rbac", list));
            Assert.Equal($"[variables('{list}')]", (string?)templates.Main.ModuleParameter("storage", list));
        }
    }

    [Fact]
    public void Identity_assignments_are_service_principals_named_from_scope_principal_and_role()
    {
        Assert.All(IdentityAssignments, a =>
        {
            Assert.Equal("ServicePrincipal", a.PrincipalType);
            Assert.StartsWith("[guid(resourceId(", a.Name);
            Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", a.Name);
            Assert.Contains(a.RoleExpression, a.Name);
        });
    }

    [Fact]
    public void The_deploying_engineer_may_only_write_vault_secrets_and_only_when_named()
    {
        var others = Rbac.OfType(RoleAssignment).Where(r => !IdentityAssignments.Any(a => a.Resource == r)).ToList();
        var writer = Assert.Single(others);
        var assignment = Describe(writer);
        Assert.Equal(KeyVaultSecretsOfficer, assignment.Role);
        Assert.Equal("Microsoft.KeyVault/vaults", assignment.ScopeType);
        Assert.Equal("[not(empty(parameters('vaultWriterPrincipalId')))]", (string?)writer["condition"]);
        Assert.Equal("[parameters('principalId')]", (string?)templates.Main.ModuleParameter("rbac", "vaultWriterPrincipalId"));
    }

    [Fact]
    public void Only_the_rbac_module_assigns_roles()
    {
        var count = templates.Main.AllResources.Count(r => (string?)r["type"] == RoleAssignment);
        Assert.Equal(Rbac.OfType(RoleAssignment).Count(), count);
    }

    private Assignment Describe(JsonObject resource)
    {
        var properties = resource["properties"]!;
        var roleExpression = (string)properties["roleDefinitionId"]!;
        var role = RoleGuid().Match(Rbac.Resolve(roleExpression)).Value;
        var scope = (string)resource["scope"]!;
        var scopeType = ScopeType().Match(scope).Groups["type"].Value;
        var forEach = ForEach().Match(scope) is { Success: true } m ? m.Groups["list"].Value : null;
        var roleVariable = RoleVariable().Match(roleExpression).Value;
        return new Assignment(resource, role, scopeType, forEach, (string)properties["principalId"]!,
            (string?)properties["principalType"], (string)resource["name"]!, roleVariable);
    }

    private sealed record Assignment(
        JsonObject Resource, string Role, string ScopeType, string? ForEach, string PrincipalId, string? PrincipalType,
        string Name, string RoleExpression);

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RoleGuid();

    [GeneratedRegex(@"^\[resourceId\('(?<type>[^']+)'")]
    private static partial Regex ScopeType();

    [GeneratedRegex(@"parameters\('(?<list>\w+)'\)\[copyIndex\(\)\]")]
    private static partial Regex ForEach();

    [GeneratedRegex(@"variables\('roles'\)\.\w+")]
    private static partial Regex RoleVariable();
}
