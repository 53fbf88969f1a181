using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliceSocial.Officers;

/// <summary>
/// Reads the <c>X-MS-CLIENT-PRINCIPAL</c> header that App Service Authentication adds after signing the officer in
/// with Entra ID. The platform strips any copy a caller sends, so in Azure the header can be trusted; the Bicep
/// template makes authentication mandatory for the app.
/// </summary>
public static class ClientPrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static Officer? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 16_384)
        {
            return null;
        }

        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(header));
            var principal = JsonSerializer.Deserialize<PrincipalDocument>(json);
            if (principal?.Claims is null)
            {
                return null;
            }

            string? Claim(params string[] types) =>
                principal.Claims.FirstOrDefault(c => types.Contains(c.Type, StringComparer.OrdinalIgnoreCase))?.Value;

            var roleType = principal.RoleType ?? "roles";
            var roles = principal.Claims
                .Where(c => string.Equals(c.Type, roleType, StringComparison.OrdinalIgnoreCase) || c.Type == "roles")
                .Select(c => c.Value)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var id = Claim(ObjectIdClaim, "oid", principal.NameType ?? "name", "preferred_username");
            if (string.IsNullOrWhiteSpace(id))
            {
                return null;
            }

            var name = Claim("name", principal.NameType ?? "name", "preferred_username") ?? id;
            return new Officer(id, name, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Builds the header value for an officer: used by the local host's development sign-in and by tests.</summary>
    public static string Encode(Officer officer)
    {
        var claims = new List<PrincipalClaim> { new("oid", officer.Id), new("name", officer.Name) };
        claims.AddRange(officer.Roles.Select(r => new PrincipalClaim("roles", r)));
        var document = new PrincipalDocument { AuthType = "aad", NameType = "name", RoleType = "roles", Claims = claims };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(document)));
    }

    private sealed class PrincipalDocument
    {
        [JsonPropertyName("auth_typ")] public string? AuthType { get; set; }
        [JsonPropertyName("name_typ")] public string? NameType { get; set; }
        [JsonPropertyName("role_typ")] public string? RoleType { get; set; }
        [JsonPropertyName("claims")] public List<PrincipalClaim>? Claims { get; set; }
    }

    private sealed record PrincipalClaim([property: JsonPropertyName("typ")] string Type, [property: JsonPropertyName("val")] string Value);
}
