using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;

namespace Timeline.Bench.Archive;

/// <summary>
/// Draws stories between 2018 and 2026 whose people are gazetteer officials holding their title on the story's
/// date, so the real extractor recognizes them (name, role, country) exactly as it does in real news.
/// </summary>
public sealed class World(Random random)
{
    public static readonly DateOnly First = new(2018, 1, 1);
    public static readonly DateOnly Last = new(2026, 10, 31);

    private static readonly HashSet<string> BusinessTitles = ["Founder", "CEO", "Chief Financial Officer"];

    private static readonly (StoryKind Kind, int Weight)[] Kinds =
    [
        (StoryKind.Meeting, 24), (StoryKind.Call, 16), (StoryKind.Talks, 8), (StoryKind.Agreement, 5),
        (StoryKind.Statement, 20), (StoryKind.Accusation, 15),
        (StoryKind.Tariff, 4), (StoryKind.ExportControl, 4), (StoryKind.Sanction, 4),
    ];

    private static readonly string[] Cities = ["Beijing", "Washington", "Geneva", "London", "Kuala Lumpur", "Stockholm", "Madrid", "Singapore"];

    private static readonly Actor[] People = Gazetteer.Default.Actors
        .Where(a => a.Kind == ActorKind.Person && a.Country is "China" or "United States")
        .OrderBy(a => a.Id, StringComparer.Ordinal)
        .ToArray();

    private readonly int totalWeight = Kinds.Sum(k => k.Weight);

    public Story Next(int number)
    {
        var date = First.AddDays(random.Next(Last.DayNumber - First.DayNumber + 1));
        var kind = PickKind();
        var chinaFirst = random.Next(2) == 0;
        var subject = PickPerson(date, chinaFirst ? "China" : "United States");
        var counterpart = kind is StoryKind.Statement or StoryKind.Tariff or StoryKind.ExportControl or StoryKind.Sanction or StoryKind.Accusation
            ? null
            : PickPerson(date, chinaFirst ? "United States" : "China");
        var city = kind is StoryKind.Meeting or StoryKind.Talks ? Cities[random.Next(Cities.Length)] : null;
        return new Story(number, kind, date, subject, counterpart, city);
    }

    private StoryKind PickKind()
    {
        var roll = random.Next(totalWeight);
        foreach (var (kind, weight) in Kinds)
        {
            if (roll < weight)
            {
                return kind;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("Weights do not add up.");
    }

    private Person PickPerson(DateOnly date, string country)
    {
        var holding = People
            .Where(p => p.Country == country)
            .Select(p => (Actor: p, Role: p.Roles.FirstOrDefault(r => r.HeldOn(date) && !BusinessTitles.Contains(r.Title))))
            .Where(p => p.Role is not null)
            .ToList();
        var (actor, role) = holding[random.Next(holding.Count)];
        return new Person(actor, role!.Title, country);
    }
}
