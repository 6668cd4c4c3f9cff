using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>Turns the data records into actors and one phrase trie holding every alias, title and rule phrase.</summary>
internal sealed class GazetteerBuilder
{
    public List<Actor> Actors { get; } = [];

    public Dictionary<string, Actor> Countries { get; } = new(StringComparer.Ordinal);

    public PhraseTrie<Entry> Phrases { get; } = new();

    public Dictionary<string, string> Surnames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Standalone { get; } = new(StringComparer.Ordinal);

    public void AddCountries(IEnumerable<CountryRecord> records)
    {
        foreach (var r in records)
        {
            var aliases = r.Aliases.Concat(r.Metonyms ?? []).Distinct().ToList();
            var actor = new Actor(r.Id, r.Name, ActorKind.Country, r.Name, aliases, []);
            Actors.Add(actor);
            Countries[r.Name] = actor;
            foreach (var alias in r.Aliases.Append(r.Name).Distinct())
            {
                Phrases.Add(alias, new CountryEntry(actor, IsMetonym: false));
            }

            foreach (var metonym in r.Metonyms ?? [])
            {
                Phrases.Add(metonym, new CountryEntry(actor, IsMetonym: true));
            }

            foreach (var adjective in r.Adjectives ?? [])
            {
                Phrases.Add(adjective, new AdjectiveEntry(actor));
            }
        }
    }

    public void AddOrganizations(IEnumerable<OrganizationRecord> records)
    {
        foreach (var r in records)
        {
            var aliases = (r.Aliases ?? []).ToList();
            var actor = new Actor(r.Id, r.Name, ActorKind.Organization, r.Country, aliases, []);
            Actors.Add(actor);
            foreach (var alias in aliases.Append(r.Name).Distinct())
            {
                Phrases.Add(alias, new NameEntry(actor));
            }
        }
    }

    public void AddPeople(IEnumerable<PersonRecord> records)
    {
        foreach (var r in records)
        {
            var roles = (r.Roles ?? []).Select(x => new ActorRole(x.Title, x.Start, x.End)).ToList();
            var aliases = (r.Aliases ?? []).ToList();
            var actor = new Actor(r.Id, r.Name, ActorKind.Person, r.Country, aliases, roles);
            Actors.Add(actor);
            Surnames[r.Id] = r.Surname ?? DefaultSurname(r.Name, r.Country);
            if (r.Standalone)
            {
                Standalone.Add(r.Id);
            }

            foreach (var alias in aliases.Append(r.Name).Distinct())
            {
                Phrases.Add(alias, new NameEntry(actor));
            }
        }
    }

    public void AddTitles(IEnumerable<TitleRecord> records)
    {
        foreach (var r in records)
        {
            var covers = (r.Covers ?? [r.Title]).ToHashSet(StringComparer.Ordinal);
            var entry = new TitleEntry(new TitleDefinition(r.Title, r.Country, covers));
            foreach (var phrase in r.Phrases)
            {
                Phrases.Add(phrase, entry);
            }
        }
    }

    public void AddRules(ResolutionRules rules)
    {
        foreach (var noun in rules.CollectiveNouns)
        {
            Phrases.Add(noun, new CollectiveEntry());
        }

        foreach (var phrase in rules.NotActors)
        {
            Phrases.Add(phrase, new NotActorEntry());
        }

        foreach (var honorific in rules.Honorifics)
        {
            Phrases.Add(honorific, new HonorificEntry());
        }
    }

    /// <summary>Chinese names put the family name first ("Wang Yi"), English names last ("Antony Blinken").</summary>
    internal static string DefaultSurname(string name, string? country)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return country == "China" ? parts[0] : parts[^1];
    }
}
