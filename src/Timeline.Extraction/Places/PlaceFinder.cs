using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Places;

/// <summary>Finds cities and venues (Data/places.json), longest phrase first, left to right.</summary>
public static class PlaceFinder
{
    private static readonly Lazy<PhraseTrie<string?>> Phrases = new(Build);

    public static IReadOnlyList<PlaceMention> Find(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var found = new List<PlaceMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (values, length) = Phrases.Value.Match(tokens, i, tokens.Count);
            if (length == 0)
            {
                i++;
                continue;
            }

            // A null value marks a phrase that only looks like a place ("Washington Post").
            if (values[0] is { } name)
            {
                found.Add(new PlaceMention(name, tokens[i].Start, tokens[i + length - 1].End));
            }

            i += length;
        }

        return found;
    }

    private static PhraseTrie<string?> Build()
    {
        var file = EmbeddedData.Load<PlacesFile>("places.json");
        var trie = new PhraseTrie<string?>();
        foreach (var place in file.Places)
        {
            foreach (var alias in place.Aliases.Append(place.Name).Distinct())
            {
                trie.Add(alias, place.Name);
            }
        }

        foreach (var phrase in file.NotPlaces)
        {
            trie.Add(phrase, null);
        }

        return trie;
    }
}
