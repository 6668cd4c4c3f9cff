namespace Timeline.Extraction.Places;

// The shape of Data/places.json.
internal sealed record PlacesFile(PlaceRecord[] Places, string[] NotPlaces);

internal sealed record PlaceRecord(string Name, string[] Aliases, string? Country);
