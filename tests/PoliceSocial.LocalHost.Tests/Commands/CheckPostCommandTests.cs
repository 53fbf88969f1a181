using System.Text.Json;
using PoliceSocial.LocalHost.Commands;

namespace PoliceSocial.LocalHost.Tests.Commands;

public sealed class CheckPostCommandTests
{
    private static async Task<(int Exit, string[] Lines, string Errors)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandCatalog.DispatchAsync(["check-post", .. args], new StringReader(input), output, error, default);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public async Task Each_line_gets_its_weighted_length_and_validity_on_x_by_default()
    {
        var (exit, lines, _) = await RunAsync("""
            {"text": "Missing: have you seen Sam? https://example.police.uk/appeal/123"}
            {"text": "😀😀"}

            """ + JsonSerializer.Serialize(new { text = new string('a', 281) }) + "\n");

        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("x", first.GetProperty("platform").GetString());
        Assert.Equal(28 + 23, first.GetProperty("weightedLength").GetInt32()); // the URL counts 23
        Assert.True(first.GetProperty("valid").GetBoolean());
        Assert.Equal(4, JsonDocument.Parse(lines[1]).RootElement.GetProperty("weightedLength").GetInt32()); // emoji count 2
        Assert.False(JsonDocument.Parse(lines[2]).RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Another_platform_uses_its_own_rules()
    {
        var (_, lines, _) = await RunAsync(JsonSerializer.Serialize(new { text = new string('a', 400) }) + "\n", "--platform", "mastodon");
        var result = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal("mastodon", result.GetProperty("platform").GetString());
        Assert.Equal(400, result.GetProperty("weightedLength").GetInt32());
        Assert.True(result.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Bad_lines_and_unknown_platforms_get_a_clear_error()
    {
        var (exit, lines, errors) = await RunAsync("not json\n{\"text\": \"ok\"}\n");
        Assert.Equal(1, exit);
        Assert.Single(lines);
        Assert.Contains("line 1", errors);

        var (badPlatform, _, platformError) = await RunAsync("{\"text\": \"ok\"}\n", "--platform", "myspace");
        Assert.Equal(2, badPlatform);
        Assert.Contains("unknown platform", platformError);
    }
}
