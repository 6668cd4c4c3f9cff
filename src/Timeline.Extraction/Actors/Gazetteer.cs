using Timeline.Extraction.Data;
using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>
/// The known people, countries and organizations with their aliases and dated roles, loaded once from the
/// embedded data files under Data/gazetteer/, plus the phrase index the mention finder matches against.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(Load);

    private readonly Dictionary<string, Actor> byId;
    private readonly Dictionary<string, Actor> countries;

    private Gazetteer(
        IReadOnlyList<Actor> actors,
        Dictionary<string, Actor> countries,
        PhraseTrie<Entry> phrases,
        Dictionary<string, string> surnames,
        HashSet<string> standalone,
        ResolutionRules rules)
    {
        Actors = actors;
        byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        this.countries = countries;
        Phrases = phrases;
        Surnames = surnames;
        BySurname = actors.Where(a => surnames.ContainsKey(a.Id))
            .GroupBy(a => surnames[a.Id].ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Actor>)g.ToList(), StringComparer.Ordinal);
        Standalone = standalone;
        Rules = new RuleSets(rules);
    }

    public static Gazetteer Default => Loaded.Value;

    public IReadOnlyList<Actor> Actors { get; }

    internal PhraseTrie<Entry> Phrases { get; }

    /// <summary>Surname of each person by actor id, as written ("Wang", "Blinken").</summary>
    internal IReadOnlyDictionary<string, string> Surnames { get; }

    /// <summary>People by lowercased surname.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<Actor>> BySurname { get; }

    /// <summary>Ids of people whose surname alone names them even on first mention ("Xi", "Trump").</summary>
    internal IReadOnlySet<string> Standalone { get; }

    internal RuleSets Rules { get; }

    public Actor? FindById(string id) => byId.GetValueOrDefault(id);

    public Actor? Country(string canonicalName) => countries.GetValueOrDefault(canonicalName);

    private static Gazetteer Load()
    {
        var builder = new GazetteerBuilder();
        foreach (var file in EmbeddedData.LoadAll<CountryRecord[]>("gazetteer.countries"))
        {
            builder.AddCountries(file);
        }

        foreach (var file in EmbeddedData.LoadAll<OrganizationRecord[]>("gazetteer.organizations"))
        {
            builder.AddOrganizations(file);
        }

        foreach (var file in EmbeddedData.LoadAll<PersonRecord[]>("gazetteer.people"))
        {
            builder.AddPeople(file);
        }

        builder.AddTitles(EmbeddedData.Load<TitleRecord[]>("gazetteer.titles.json"));
        var rules = EmbeddedData.Load<ResolutionRules>("gazetteer.rules.json");
        builder.AddRules(rules);
        return new Gazetteer(builder.Actors, builder.Countries, builder.Phrases, builder.Surnames, builder.Standalone, rules);
    }
}
