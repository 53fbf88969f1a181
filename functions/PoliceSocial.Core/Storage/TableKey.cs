namespace PoliceSocial.Storage;

/// <summary>
/// Makes any platform id safe as a PartitionKey or RowKey: Table Storage forbids '/', '\', '#', '?' and control
/// characters, and Bluesky ids are at:// URIs full of slashes.
/// </summary>
public static class TableKey
{
    public static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>Ticks counted down from the maximum, so newer times sort first in a RowKey.</summary>
    public static string NewestFirst(DateTimeOffset time) => (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19");
}
