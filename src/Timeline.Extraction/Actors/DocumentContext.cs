using Timeline.Extraction.Model;

namespace Timeline.Extraction.Actors;

/// <summary>What one document has said so far: the people it named (most recent last) and the titles it gave them.</summary>
internal sealed class DocumentContext(Gazetteer gazetteer, EventDate? date)
{
    private readonly List<Actor> seen = [];
    private readonly Dictionary<string, TitleDefinition> titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> newActors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> newSurnames = new(StringComparer.Ordinal);

    public EventDate? Date => date;

    public void Remember(Actor person, TitleDefinition? title)
    {
        seen.Remove(person);
        seen.Add(person);
        if (title is { IsOffice: true })
        {
            titles[person.Id] = title;
        }
    }

    public string? Surname(Actor person) =>
        gazetteer.Surnames.GetValueOrDefault(person.Id) ?? newSurnames.GetValueOrDefault(person.Id);

    /// <summary>The person most recently named whose surname is <paramref name="key"/> (lowercase).</summary>
    public Actor? SeenWithSurname(string key)
    {
        for (var i = seen.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Surname(seen[i]), key, StringComparison.OrdinalIgnoreCase))
            {
                return seen[i];
            }
        }

        return null;
    }

    public IEnumerable<Actor> SeenMostRecentFirst()
    {
        for (var i = seen.Count - 1; i >= 0; i--)
        {
            yield return seen[i];
        }
    }

    /// <summary>
    /// Who a role phrase alone means: the last person named with that title or holding it, else the one
    /// person the gazetteer has in that role at the document date (or ever, without a date).
    /// </summary>
    public Actor? ResolveRole(IReadOnlySet<string> covers, string? country)
    {
        foreach (var person in SeenMostRecentFirst())
        {
            if (country is not null && person.Country != country)
            {
                continue;
            }

            var written = titles.GetValueOrDefault(person.Id);
            if (written is not null && written.Covers.Overlaps(covers) || person.Roles.Any(r => covers.Contains(r.Title) && HeldThen(r)))
            {
                return person;
            }
        }

        var holders = gazetteer.Actors
            .Where(a => a.Kind == ActorKind.Person && (country is null || a.Country == country))
            .Where(a => a.Roles.Any(r => covers.Contains(r.Title) && HeldThen(r)))
            .Take(2)
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>The role of <paramref name="person"/> that a written title stands for, preferring one held at the date.</summary>
    public ActorRole? MatchRole(Actor person, IReadOnlyList<TitleDefinition> written)
    {
        for (var i = written.Count - 1; i >= 0; i--)
        {
            var candidates = person.Roles.Where(r => written[i].Covers.Contains(r.Title)).ToList();
            var held = candidates.FirstOrDefault(HeldThen);
            if (held is not null || candidates.Count > 0)
            {
                return held ?? candidates.MaxBy(r => r.Start ?? DateOnly.MinValue);
            }
        }

        return null;
    }

    public bool HeldThen(ActorRole role) =>
        date is null
        || (role.Start is null || role.Start <= date.Latest) && (role.End is null || date.Earliest <= role.End);

    /// <summary>A titled person the gazetteer lacks; the same name in one document is the same new actor.</summary>
    public Actor NewPerson(string name, string country, TitleDefinition title)
    {
        var id = Slug(name);
        if (gazetteer.FindById(id) is { } known)
        {
            return known;
        }

        if (!newActors.TryGetValue(id, out var actor))
        {
            actor = new Actor(id, name, ActorKind.Person, country, [], [new ActorRole(title.Title, null, null)]);
            newActors[id] = actor;
            newSurnames[id] = GazetteerBuilder.DefaultSurname(name, country);
        }

        return actor;
    }

    internal static string Slug(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
