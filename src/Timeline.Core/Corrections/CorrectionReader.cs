using System.Text.Json;
using Timeline.Core.Claims;
using Timeline.Extraction.Model;

namespace Timeline.Core.Corrections;

/// <summary>A correction read from a request body: the values, the editor's reason, and one message per bad member.</summary>
public sealed record CorrectionInput(EventValues Values, string? Reason, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// Reads the members of a correction body: a JSON Merge Patch (RFC 7396) of an event's title, summary, type, date (and
/// datePrecision), participants, location and topics, with a required reason. Every bad member is named; an unknown
/// member is an error too, so a misspelt field never passes silently.
/// </summary>
public static class CorrectionReader
{
    public const int MaxText = 2000;
    public const int MaxReason = 1000;
    public const int MaxList = 50;

    public static CorrectionInput Read(JsonElement body, IReadOnlyCollection<string> extraMembers, bool reasonRequired = true)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors[""] = ["The body must be a JSON object."];
            return new CorrectionInput(new EventValues(), null, errors);
        }

        var values = new EventValues();
        string? reason = null;
        string? precision = null;
        foreach (var member in body.EnumerateObject())
        {
            var value = member.Value;
            void Fail(string message) => errors[member.Name] = [message];
            switch (member.Name)
            {
                case "reason":
                    reason = Text(value, MaxReason, Fail);
                    break;
                case EventFields.Title:
                    values = values with { Title = Text(value, MaxText, Fail) };
                    break;
                case EventFields.Summary:
                    values = values with { Summary = Text(value, MaxText, Fail) };
                    break;
                case EventFields.Type:
                    var type = Text(value, 30, Fail);
                    if (type is not null && !EventTypes.All.Contains(type))
                    {
                        Fail($"Must be one of: {string.Join(", ", EventTypes.All)}.");
                    }

                    values = values with { Type = type };
                    break;
                case EventFields.Date:
                    var text = Text(value, 10, Fail);
                    if (text is null)
                    {
                        break;
                    }

                    if (EventDate.TryParse(text, out var date) && date.Earliest.Year is >= 1900 and <= 2100)
                    {
                        values = values with { Date = date };
                    }
                    else
                    {
                        Fail("Must be YYYY-MM-DD, YYYY-MM or YYYY, years 1900–2100.");
                    }

                    break;
                case "datePrecision":
                    precision = Text(value, 10, Fail);
                    break;
                case EventFields.Participants:
                    values = values with { Participants = Participants(value, Fail) };
                    break;
                case EventFields.Location:
                    values = value.ValueKind == JsonValueKind.Null
                        ? values with { LocationGiven = true, Location = null }
                        : values with { LocationGiven = true, Location = Text(value, 200, Fail) };
                    break;
                case EventFields.Topics:
                    values = values with { Topics = Topics(value, Fail) };
                    break;
                default:
                    if (!extraMembers.Contains(member.Name))
                    {
                        Fail($"Unknown member; give any of {string.Join(", ", EventFields.All)}, datePrecision, reason{string.Concat(extraMembers.Select(m => ", " + m))}.");
                    }

                    break;
            }
        }

        if (precision is not null && (values.Date is null || EventTypes.ToApi(values.Date.Precision) != precision))
        {
            errors["datePrecision"] = [values.Date is null
                ? "Give it with date; the date's form says its precision (YYYY-MM-DD day, YYYY-MM month, YYYY year)."
                : $"The date {WireDate.Format(values.Date)} is of precision {EventTypes.ToApi(values.Date.Precision)}."];
        }

        if (reasonRequired && string.IsNullOrWhiteSpace(reason) && !errors.ContainsKey("reason"))
        {
            errors["reason"] = ["Say why (a member \"reason\" of the body): it goes into the event's history."];
        }

        return new CorrectionInput(values, reason?.Trim(), errors);
    }

    private static string? Text(JsonElement value, int max, Action<string> fail)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            fail(value.ValueKind == JsonValueKind.Null ? "Cannot be removed (null); give a value." : "Must be a string.");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0 || text.Length > max || text.Any(char.IsControl))
        {
            fail($"Must be 1–{max} characters without control characters.");
            return null;
        }

        return text;
    }

    private static List<ParticipantValue>? Participants(JsonElement value, Action<string> fail)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxList)
        {
            fail($"Must be an array (at most {MaxList}) of actor ids (\"wang-yi\") or objects {{\"id\": \"wang-yi\", \"role\": \"Foreign Minister\"}}.");
            return null;
        }

        var list = new List<ParticipantValue>();
        foreach (var item in value.EnumerateArray())
        {
            var (id, role) = item.ValueKind switch
            {
                JsonValueKind.String => (item.GetString(), null),
                JsonValueKind.Object when item.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String =>
                    (i.GetString(), item.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null),
                _ => ((string?)null, (string?)null),
            };
            if (string.IsNullOrWhiteSpace(id) || id.Length > 200 || (role?.Length ?? 0) > 200)
            {
                fail("Each participant is an actor id or {\"id\": ..., \"role\": ...} (ids and roles up to 200 characters).");
                return null;
            }

            list.Add(new ParticipantValue(id.Trim(), string.IsNullOrWhiteSpace(role) ? null : role.Trim()));
        }

        return list.DistinctBy(p => p.Id).ToList();
    }

    private static List<string>? Topics(JsonElement value, Action<string> fail)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxList
            || value.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String || t.GetString()!.Trim().Length is 0 or > 100))
        {
            fail($"Must be an array (at most {MaxList}) of topics, each 1–100 characters.");
            return null;
        }

        return value.EnumerateArray().Select(t => t.GetString()!.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
