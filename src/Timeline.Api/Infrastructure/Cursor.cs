using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Timeline.Api.Infrastructure;

/// <summary>An opaque page cursor: the sort key (a date or instant, then an id) of the last item served.</summary>
public static class Cursor
{
    public static string Encode(string sortKey, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{sortKey}|{id:N}"));

    public static bool TryDecode(string? cursor, out string sortKey, out Guid id)
    {
        sortKey = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(cursor) || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[1], "N", out id))
        {
            return false;
        }

        sortKey = parts[0];
        return true;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset instant) => instant.UtcTicks.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseInstant(string value, out DateTimeOffset instant)
    {
        instant = default;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        instant = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
