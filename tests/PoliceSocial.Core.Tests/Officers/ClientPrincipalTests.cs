using System.Text;
using PoliceSocial.Officers;

namespace PoliceSocial.Core.Tests.Officers;

public sealed class ClientPrincipalTests
{
    [Fact]
    public void An_app_service_authentication_principal_gives_the_officer_and_roles()
    {
        // The shape App Service Authentication sends for an Entra ID user with an app role.
        const string json = """
            {"auth_typ":"aad","name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
             "claims":[{"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"0f4c1a5e-1111-2222-3333-444455556666"},
                       {"typ":"name","val":"Sgt Jones"},
                       {"typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role","val":"Approver"}]}
            """;
        var officer = ClientPrincipal.Parse(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));

        Assert.NotNull(officer);
        Assert.Equal("0f4c1a5e-1111-2222-3333-444455556666", officer.Id);
        Assert.Equal("Sgt Jones", officer.Name);
        Assert.True(officer.IsApprover);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("eyJub3QiOiAiYSBwcmluY2lwYWwifQ==")]
    public void A_missing_or_malformed_header_is_no_officer(string? header) => Assert.Null(ClientPrincipal.Parse(header));

    [Fact]
    public void Encoding_and_parsing_round_trip()
    {
        var officer = new Officer("pc-1", "PC One", new HashSet<string> { Officer.DutyInspectorRole });
        var parsed = ClientPrincipal.Parse(ClientPrincipal.Encode(officer))!;
        Assert.Equal(officer.Id, parsed.Id);
        Assert.True(parsed.CanPause);
        Assert.False(parsed.IsApprover);
    }
}
