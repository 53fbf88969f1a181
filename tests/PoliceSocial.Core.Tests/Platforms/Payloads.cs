namespace PoliceSocial.Core.Tests.Platforms;

/// <summary>The recorded platform responses copied from ../shared/payloads into TestData/payloads.</summary>
public static class Payloads
{
    public static string Read(string platform, string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "payloads", platform, name));
}
